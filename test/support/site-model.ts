import yaml from "js-yaml";
import type { PageData } from "../../lib/checks/model/site-manifest.ts";
import type { SiteModel, SitePage } from "../../lib/checks/model/site-model.ts";

/**
 * A site model held in memory, for the checks that read pages' data and sources, not their HTML:
 * each page's source is its front matter written as YAML, its data that front matter over what
 * its folders' data files give it (`inherited`), and `dataFiles` are those files' texts.
 */
export function siteModel(pages: InMemoryPage[], dataFiles: Record<string, string> = {}): SiteModel {
  const sources = new Map(Object.entries(dataFiles));
  const sitePages: SitePage[] = pages.map(({ source, url, frontMatter, inherited = {} }) => {
    sources.set(source, `---\n${yaml.dump(frontMatter, { lineWidth: -1 })}---\n\nTexte de la page.\n`);
    return { url, outputPath: `${url}index.html`, source, data: merge(inherited, frontMatter) as PageData };
  });
  return {
    pathPrefix: "/",
    publicDir: "public",
    pages: sitePages,
    stylesheets: [],
    files: new Set(sitePages.map((page) => page.outputPath)),
    ignored: [],
    source: (file) => sources.get(file),
    templateFiles: () => [],
    fileBytes: () => undefined,
    imageDimensions: () => undefined,
    idsIn: () => undefined,
  };
}

/** Eleventy's deep merge of data: objects key by key, the page's values last. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = merged[key];
    merged[key] = isObject(before) && isObject(value) ? merge(before, value) : value;
  }
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface InMemoryPage {
  /** `content/fr/…/page.md`. */
  source: string;
  url: string;
  frontMatter: Record<string, unknown>;
  /** What the folders' data files give the page. */
  inherited?: Record<string, unknown>;
}
