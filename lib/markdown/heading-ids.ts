import type { MarkdownIt } from "markdown-it";
import { uniqueSlug } from "./slugify.ts";

/**
 * Gives every heading an id: the one the editor set with markdown-it-attrs (`{id=…}`),
 * or a French slug of its text, unique within the page and never one of `reserved`, the ids the
 * layout gives around the content (`contenu`, `recherche`…): « ## Recherche » gets `recherche-2`.
 */
export function headingIds(md: MarkdownIt, reserved: Iterable<string> = []): void {
  const layoutIds = [...reserved];
  md.core.ruler.push("heading_ids", (state) => {
    const taken = new Set<string>(layoutIds);
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

/** The ids written as they are in layout templates (`id="contenu"`), which generated ids must not take. */
export function literalIds(templates: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const text of templates) for (const match of text.matchAll(/\bid="([\w-]+)"/g)) ids.add(match[1]!);
  return [...ids].sort();
}
