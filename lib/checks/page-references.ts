import { error, warning, type Finding } from "./finding.ts";
import type { HtmlReference } from "./html-page.ts";
import { locateReference } from "./reference-source.ts";
import type { SiteModel, SitePage } from "./site-model.ts";
import { resolveSiteUrl, type SiteUrl } from "./site-url.ts";

/**
 * Every URL of every HTML page, resolved once for all the checks that read them, with its rank
 * among the page's URLs of the same value (the second broken link is on the second line that writes it).
 */
export function pageReferences(model: SiteModel): PageReference[] {
  let references = computed.get(model);
  if (!references) {
    references = [];
    const rootRelative = new Map<string, SiteUrl>();
    for (const page of model.pages) {
      if (!page.html) continue;
      const seen = new Map<string, number>();
      for (const reference of page.html.references) {
        const occurrence = (seen.get(reference.value) ?? 0) + 1;
        seen.set(reference.value, occurrence);
        // Most URLs are written from the site root, the same on every page (header, footer): resolve them once.
        const cacheable = reference.value.startsWith("/") && !reference.value.startsWith("//");
        const target = (cacheable ? rootRelative.get(reference.value) : undefined) ?? resolveSiteUrl(reference.value, page.url, model.pathPrefix);
        if (cacheable) rootRelative.set(reference.value, target);
        if (target.kind === "internal" && isIgnored(model, target.path)) continue;
        references.push({ page, reference, occurrence, target });
      }
    }
    computed.set(model, references);
  }
  return references;
}

/** A finding about a URL of a page, placed on the source line that writes it. */
export function referenceFinding(
  model: SiteModel,
  { page, reference, occurrence }: Pick<PageReference, "page" | "reference" | "occurrence">,
  severity: Finding["severity"],
  rule: string,
  message: string,
  fix?: string,
): Finding {
  const { file, line } = locateReference(model, page, reference.value, occurrence);
  return (severity === "error" ? error : warning)(rule, file, message, fix, line);
}

/** Paths left unchecked, such as the search index when the build skipped it. */
export function isIgnored(model: SiteModel, sitePath: string): boolean {
  return model.ignored.some((prefix) => sitePath.startsWith(prefix));
}

/** Elements whose URL is an image or a drawing (checked by the image checks, not the link checks). */
export function isImageReference(reference: HtmlReference): boolean {
  return IMAGE_ELEMENTS.has(reference.element) || reference.attribute === "srcset" || reference.attribute === "style" || reference.attribute === "url()";
}

const IMAGE_ELEMENTS = new Set(["img", "use", "image", "style"]);
const computed = new WeakMap<SiteModel, PageReference[]>();

export interface PageReference {
  page: SitePage;
  reference: HtmlReference;
  /** 1 for the first URL of this value in the page, 2 for the second… */
  occurrence: number;
  target: SiteUrl;
}
