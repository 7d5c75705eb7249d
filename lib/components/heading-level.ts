/**
 * The heading level in force at a line of a Markdown source: that of the last `#` heading above
 * it, outside fenced code; 1 (the page's own title) when there is none.
 */
export function headingLevelAt(source: string, line: number): number {
  let level = 1;
  let fence: string | undefined;
  for (const text of source.split("\n").slice(0, Math.max(0, line - 1))) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) fence = marker;
    else {
      const heading = /^ {0,3}(#{1,6})(?:\s|$)/.exec(text);
      if (heading) level = heading[1]!.length;
    }
  }
  return level;
}

/** The tag of a title that sits under a heading of `level`: one level down, h6 at most. */
export function titleTagUnder(level: number): string {
  return `h${Math.min(Math.max(level, 1) + 1, 6)}`;
}
