/**
 * A page file cut into its front matter and its body, so that the migration can rewrite the one
 * and give the other back byte for byte: `join(split(text))` is `text`, and a new front matter
 * changes only the YAML between the two `---` lines.
 */
export function splitPage(text: string): PageParts {
  const match = /^(---[^\S\r\n]*\r?\n)([\s\S]*?\r?\n)?(---[^\S\r\n]*(?:\r?\n|$))/.exec(text);
  if (!match) return { opening: "", yaml: undefined, closing: "", body: text };
  const [whole, opening, yaml = "", closing] = match;
  return { opening: opening!, yaml, closing: closing!, body: text.slice(whole.length) };
}

/** The page again, with its front matter replaced by `yaml` (a text ending with a line break). */
export function joinPage(parts: PageParts, yaml = parts.yaml): string {
  if (yaml === undefined) return parts.body;
  return `${parts.opening || "---\n"}${yaml}${parts.closing || "---\n"}${parts.body}`;
}

export interface PageParts {
  /** The opening `---` line, with its line break. */
  opening: string;
  /** The YAML between the two `---` lines, ending with its line break; undefined without front matter. */
  yaml: string | undefined;
  /** The closing `---` line, with its line break when there is one. */
  closing: string;
  /** Everything after the front matter, untouched. */
  body: string;
}
