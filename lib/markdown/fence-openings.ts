/**
 * The opening lines of the code fences of a Markdown source, as CommonMark reads them: a fence
 * inside another (a ```` ```mermaid ```` shown as an example inside a ````` ````markdown `````) is
 * content, not a fence. Each opening is its marker and info string (```` ```json ````), with its line.
 */
export function fenceOpenings(source: string): FenceOpening[] {
  const openings: FenceOpening[] = [];
  let open: { char: string; length: number } | undefined;
  const lines = source.split("\n");
  for (const [index, text] of lines.entries()) {
    const match = /^[ \t>]*(`{3,}|~{3,})(.*?)\s*$/.exec(text);
    if (!match) continue;
    const [, marker, info] = match as unknown as [string, string, string];
    if (open) {
      // A closing fence: the same character, at least as many, nothing after.
      if (marker[0] === open.char && marker.length >= open.length && !info.trim()) open = undefined;
      continue;
    }
    // A backtick fence's info string may not hold a backtick (CommonMark): "```a```" is inline code.
    if (marker[0] === "`" && info.includes("`")) continue;
    open = { char: marker[0]!, length: marker.length };
    openings.push({ line: index + 1, opening: `${marker}${info.trim()}` });
  }
  return openings;
}

export interface FenceOpening {
  /** 1-based line of the opening fence. */
  line: number;
  /** The marker and the info string, trimmed: ```` ```json ````. */
  opening: string;
}
