/**
 * A component's HTML as Markdown must leave it: one HTML block, which a blank line would end
 * (what follows would be read as Markdown, its indented lines as code). Blank lines go, except
 * inside `<pre>`, where they are code: there they hold an empty `<span>`, which shows and copies
 * as the same empty line.
 */
export function oneHtmlBlock(html: unknown): string {
  return String(html ?? "")
    .split(PRE)
    .map((part, index) =>
      index % 2 === 1 ? part.replace(BLANK_LINE, "\n<span></span>") : part.replace(BLANK_LINE, ""),
    )
    .join("");
}

/** Splits around `<pre>` elements, which the odd parts then are. */
const PRE = /(<pre\b[\s\S]*?<\/pre>)/;
const BLANK_LINE = /\n[ \t]*(?=\n)/g;
