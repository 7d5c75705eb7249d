import { type Finding, warning } from "../finding.ts";
import { pageReferences } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";
import { isContentPage } from "./front-matter.ts";

/**
 * Pages outside every navigation that no other page links to: no reader can find them. Pages
 * outside the guides but linked (legal notices, site map, tag pages) are left alone: the footer
 * or another page leads to them.
 */
export function checkOrphanPages(model: SiteModel): Finding[] {
  const linked = new Set<string>();
  for (const { page, reference, file } of pageReferences(model)) {
    if (file && file !== page.outputPath && LINKING_ELEMENTS.has(reference.element)) linked.add(file);
  }
  return model.pages
    .filter(
      (page) =>
        isContentPage(page) &&
        page.url !== "/" &&
        !page.data.eleventyExcludeFromCollections &&
        !inNavigation(page.data.eleventyNavigation) &&
        !page.data.sidemenuNav &&
        !linked.has(page.outputPath),
    )
    .map((page) =>
      warning(
        "navigation-orphan",
        page.source,
        "page hors de toute navigation, vers laquelle aucune page ne mène",
        "placez-la dans un guide (eleventyNavigation : key, parent) ou ajoutez un lien vers elle depuis une autre page",
      ),
    );
}

/** Elements that take a reader to a page: links, forms (the search form), redirects. */
const LINKING_ELEMENTS = new Set(["a", "area", "form", "meta"]);

/** In a guide or in the header's menu (a guide's home, named by `sidemenuNav`, is in its guide's menu). */
function inNavigation(navigation: unknown): boolean {
  const { key, parent, nav } = (navigation ?? {}) as { key?: unknown; parent?: unknown; nav?: unknown };
  return (typeof key === "string" || typeof parent === "string") && typeof nav === "string" && nav !== "";
}
