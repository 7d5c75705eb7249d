import type { MarkdownIt } from "markdown-it";
import { uniqueSlug } from "./slugify.ts";

/**
 * Gives every heading an id: the one the editor set with markdown-it-attrs (`{id=…}`),
 * or a French slug of its text, unique within the page.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const taken = new Set<string>();
    const tokens = state.tokens;
    for (const token of tokens) {
      const id = token.type === "heading_open" ? token.attrGet("id") : null;
      if (id) taken.add(String(id));
    }
    tokens.forEach((token, index) => {
      if (token.type !== "heading_open" || token.attrGet("id")) return;
      const text = tokens[index + 1]?.content ?? "";
      token.attrSet("id", uniqueSlug(plainText(text), taken));
    });
  });
}

/** Inline Markdown source reduced to the words a reader sees. */
function plainText(inline: string): string {
  return inline
    .replace(/\{[^}]*\}\s*$/, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]/g, "");
}
