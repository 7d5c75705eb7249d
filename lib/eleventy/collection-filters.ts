import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "./eleventy-shapes.ts";

/**
 * The collection filters eleventy-dsfr pages use in their bodies: `filterRoot("./content/fr/partenaires/")`
 * keeps the pages right in a folder (not in its sub-folders), `filterCollectionLang` the pages in
 * the language of the page being written (or the one given).
 */
export default function collectionFiltersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("filterRoot", filterRoot);
  eleventyConfig.addFilter(
    "filterCollectionLang",
    function (this: { ctx?: { lang?: unknown } }, items: CollectionItem[], lang?: string) {
      return filterCollectionLang(items, lang ?? (typeof this.ctx?.lang === "string" ? this.ctx.lang : "fr"));
    },
  );
}

/** The pages whose source is right in `folder` (`./content/fr/partenaires/`), not below it. */
export function filterRoot(items: CollectionItem[], folder: string): CollectionItem[] {
  return items.filter(
    (item) => item.inputPath.startsWith(folder) && !item.inputPath.slice(folder.length).includes("/"),
  );
}

/** The pages in a language: their `lang`, or else their first folder (`/fr/…`). */
export function filterCollectionLang(items: CollectionItem[], lang: string): CollectionItem[] {
  return items.filter(
    (item) => (typeof item.data.lang === "string" ? item.data.lang : languageOfUrl(item.url)) === lang,
  );
}

function languageOfUrl(url: string | false): string | undefined {
  return url ? /^\/([a-z]{2})\//.exec(url)?.[1] : undefined;
}
