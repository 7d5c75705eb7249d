import type { MarkdownIt } from "markdown-it";

const NARROW_NBSP = "\u202f";
const NBSP = "\u00a0";

/**
 * French typography where it is safe: the space before « : ; ! ? » and inside « » becomes
 * non-breaking, so punctuation never starts a line. Only prose text is touched (never code or URLs).
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([;!?])(?=\s|$|[)»"”])/g, `${NARROW_NBSP}$1`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** markdown-it plugin applying {@link frenchTypography} to text tokens. */
export function frenchTypographyPlugin(md: MarkdownIt): void {
  md.core.ruler.push("french_typography", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      for (const token of block.children) {
        if (token.type === "text") token.content = frenchTypography(token.content);
      }
    }
  });
}
