import { error, type Finding, warning } from "../finding.ts";
import type { HtmlReference } from "./html-page.ts";
import { locateReference } from "./reference-source.ts";
import type { SiteModel, SitePage } from "./site-model.ts";
import { fileForPath, resolveSiteUrl, type SiteUrl } from "./site-url.ts";

/** Every URL of every HTML page, resolved once for all the checks that read them. */
export function pageReferences(model: SiteModel): PageReference[] {
  let references = computed.get(model);
  if (!references) {
    references = [];
    // Most URLs are written from the site root or are other sites', the same on every page (header,
    // footer): resolved once. Only a relative URL or a fragment depends on the page that writes it.
    const pageIndependent = new Map<string, Resolution>();
    const files = new Map<string, string | undefined>();
    const resolve = (value: string, page: SitePage): Resolution => {
      const target = resolveSiteUrl(value, page.url, model.pathPrefix);
      if (target.kind !== "internal") return { target };
      if (!files.has(target.path)) files.set(target.path, fileForPath(target.path, model.files));
      return { target, file: files.get(target.path), ignored: isIgnored(model, target.path) };
    };
    for (const page of model.pages) {
      const list = page.html?.references ?? [];
      for (const [index, reference] of list.entries()) {
        const cacheable = reference.value.charCodeAt(0) === SLASH || SCHEME.test(reference.value);
        let resolution = cacheable ? pageIndependent.get(reference.value) : undefined;
        if (!resolution) {
          resolution = resolve(reference.value, page);
          if (cacheable) pageIndependent.set(reference.value, resolution);
        }
        if (resolution.ignored) continue;
        references.push({ page, reference, index, target: resolution.target, file: resolution.file });
      }
    }
    computed.set(model, references);
  }
  return references;
}

/** A finding about a URL of a page, placed on the source line that writes it. */
export function referenceFinding(
  model: SiteModel,
  place: ReferencePlace,
  severity: Finding["severity"],
  rule: string,
  message: string,
  fix?: string,
): Finding {
  const { file, line } = locateReference(model, place.page, place.value, place.occurrence);
  return (severity === "error" ? error : warning)(rule, file, message, fix, line);
}

/** Where a URL of the list is written: the second link to an address is on the second line that writes it. */
export function placeOf({ page, reference, index }: PageReference): ReferencePlace {
  const earlier = page.html?.references.slice(0, index) ?? [];
  return {
    page,
    value: reference.value,
    occurrence: 1 + earlier.filter((other) => other.value === reference.value).length,
  };
}

/** Items of a page (its images, its links to a new window) with where each is written, by its URL. */
export function placed<T>(
  page: SitePage,
  items: T[],
  urlOf: (item: T) => string,
): { item: T; place: ReferencePlace }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const value = urlOf(item);
    const occurrence = (seen.get(value) ?? 0) + 1;
    seen.set(value, occurrence);
    return { item, place: { page, value, occurrence } };
  });
}

/** Paths left unchecked, such as the search index when the build skipped it. */
export function isIgnored(model: SiteModel, sitePath: string): boolean {
  return model.ignored.some((prefix) => sitePath.startsWith(prefix));
}

/** Elements whose URL is an image or a drawing (checked by the image checks, not the link checks). */
export function isImageReference(reference: HtmlReference): boolean {
  return (
    IMAGE_ELEMENTS.has(reference.element) ||
    reference.attribute === "srcset" ||
    reference.attribute === "style" ||
    reference.attribute === "url()"
  );
}

const IMAGE_ELEMENTS = new Set(["img", "use", "image", "style"]);
const computed = new WeakMap<SiteModel, PageReference[]>();

export interface PageReference {
  page: SitePage;
  reference: HtmlReference;
  /** Its position among the page's URLs. */
  index: number;
  target: SiteUrl;
  /** For a URL of the site, the file that serves it; undefined when the site has none. */
  file?: string;
}

export interface ReferencePlace {
  page: SitePage;
  /** The URL as written in the HTML. */
  value: string;
  /** 1 for the first URL of this value in the page, 2 for the second… */
  occurrence: number;
}

interface Resolution {
  target: SiteUrl;
  file?: string;
  ignored?: boolean;
}

const SLASH = 47;
/** `https:`, `mailto:`…: a URL that names its scheme does not depend on the page. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
