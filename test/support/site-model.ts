import { parse } from "yaml";
import { cssUrls } from "../../lib/checks/model/css-urls.ts";
import { parseHtmlPage } from "../../lib/checks/model/html-page.ts";
import type { PageData } from "../../lib/checks/model/site-manifest.ts";
import type { SiteModel, SitePage } from "../../lib/checks/model/site-model.ts";

/**
 * A built site held in memory, for the checks' unit tests: hand-written pages (the Markdown an
 * editor wrote, the HTML the build made of it), the site's other files with their size, its
 * stylesheets and its layouts. No disk and no Eleventy: a case is a few lines, checked in
 * milliseconds. The HTML is read by the real parser, as after a build.
 *
 * Defaults follow the build: a page `/guide/` comes from `content/guide.md`, is written to
 * `/guide/index.html`, and its data is its front matter.
 */
export function siteModel(site: InMemorySite): SiteModel {
  const { pathPrefix = "/", publicDir = "public", files = {}, templates = {}, ignored = [] } = site;
  const sources = new Map(Object.entries(templates));
  const fileSet = new Set(Object.keys(files));
  const pages = (site.pages ?? []).map((page): SitePage => {
    const outputPath = page.url.endsWith("/") ? `${page.url}index.html` : page.url;
    const source = page.source ?? sourceOf(page.url);
    if (page.markdown !== undefined) sources.set(source, page.markdown);
    if (page.html !== undefined) fileSet.add(outputPath);
    return {
      url: page.url,
      outputPath,
      source,
      data: page.data ?? frontMatter(page.markdown ?? ""),
      html: page.html === undefined ? undefined : parseHtmlPage(page.html),
    };
  });
  const stylesheets = (site.stylesheets ?? []).map(({ outputPath, source = `${publicDir}${outputPath}`, css }) => {
    fileSet.add(outputPath);
    sources.set(source, css);
    return { outputPath, source, urls: cssUrls(css) };
  });
  const ids = new Map(pages.flatMap((page) => (page.html ? [[page.outputPath, page.html.ids] as const] : [])));
  for (const [sitePath, file] of Object.entries(files)) if (file.ids) ids.set(sitePath, new Set(file.ids));

  return {
    pathPrefix,
    publicDir,
    pages,
    stylesheets,
    files: fileSet,
    ignored,
    source: (file) => sources.get(file),
    templateFiles: () => Object.keys(templates).sort(),
    fileBytes: (sitePath) => (fileSet.has(sitePath) ? (files[sitePath]?.bytes ?? 1000) : undefined),
    imageDimensions: (sitePath) => {
      const { width, height } = files[sitePath] ?? {};
      return width === undefined || height === undefined ? undefined : { width, height };
    },
    idsIn: (sitePath) => ids.get(sitePath),
  };
}

/** `/` → `content/index.md`, `/fr/guide/` → `content/fr/guide.md`. */
function sourceOf(url: string): string {
  return url === "/" ? "content/index.md" : `content${url.replace(/\/$/, "").replace(/\.html$/, "")}.md`;
}

/** The data of a page whose Markdown starts with a front matter (none: no data). */
function frontMatter(markdown: string): PageData {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  return block ? ((parse(block[1]!) as PageData | null) ?? {}) : {};
}

export interface InMemorySite {
  /** `/` unless said otherwise; the HTML is written as the build writes it under that prefix. */
  pathPrefix?: string;
  /** `public` unless said otherwise. */
  publicDir?: string;
  pages?: InMemoryPage[];
  /** The site's other files (images, drawings, fonts…) by site path, with what the checks read of them. */
  files?: Record<string, InMemoryFile>;
  /** Stylesheets copied into the site: `source` defaults to their file in `publicDir`. */
  stylesheets?: { outputPath: string; source?: string; css: string }[];
  /** Layouts, components and data files, by path from the project root, with their text. */
  templates?: Record<string, string>;
  /** Site paths left unchecked. */
  ignored?: string[];
}

export interface InMemoryPage {
  /** The page's URL, without the path prefix (`/fr/guide/`). */
  url: string;
  /** Its source; by default `content/` followed by the URL and `.md`. */
  source?: string;
  /** What the editor wrote, front matter included: the lines findings are placed on. */
  markdown?: string;
  /** The HTML the build wrote (the part the case is about is enough); none for a page not written as HTML. */
  html?: string;
  /** Its data as Eleventy merges it; by default, its front matter. */
  data?: PageData;
}

export interface InMemoryFile {
  /** Size in bytes (1000 unless said). */
  bytes?: number;
  /** Pixel size, for an image. */
  width?: number;
  height?: number;
  /** The ids of a drawing (`<use href="/a.svg#id">`). */
  ids?: string[];
}
