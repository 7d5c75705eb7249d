import type { MarkdownIt, Token } from "markdown-it";
import { uniqueSlug } from "./slugify.ts";

/**
 * Gives every heading an id: the one the editor set with markdown-it-attrs (`{id=…}`), or a
 * slug of the words it shows (its text and code, as markdown-it-anchor reads them): the ids
 * eleventy-dsfr gave, which links and summaries point to. Unique within the page and never one of
 * `reserved`, the ids the layout gives around the content (`contenu`, `recherche`…): « ## Recherche »
 * gets `recherche-1`.
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
      token.attrSet("id", uniqueSlug(headingText(tokens[index + 1]), taken));
    });
  });
}

/** The words of a heading as markdown-it-anchor reads them: its text and code, not its markup. */
function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}

/** The ids written as they are in layout templates (`id="contenu"`), which generated ids must not take. */
export function literalIds(templates: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const text of templates) for (const match of text.matchAll(/\bid="([\w-]+)"/g)) ids.add(match[1]!);
  return [...ids].sort();
}
