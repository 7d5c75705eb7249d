import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { FeedFormat } from "../../feeds/feed.ts";
import { type FeedProblem, validateFeed } from "../../feeds/validate-feed.ts";
import { type Dimensions, type ImageFile, imageDimensions } from "../../images/dimensions.ts";
import { cssUrls } from "./css-urls.ts";
import { type DataSource, dataFilesOf, readDataSource } from "./data-files.ts";
import { type ParsedPage, parseHtmlPage } from "./html-page.ts";
import { type LeftOutPage, MANIFEST_FILE, type PageData, readSiteManifest } from "./site-manifest.ts";
import { SiteReading } from "./site-reading.ts";

/**
 * Reads a built site once for all the checks: the list of its files, every HTML page parsed
 * once and tied to its Markdown source and data, every stylesheet's `url()`s. File sizes, image
 * dimensions and source texts are read on demand, once each.
 */
export function readSiteModel(outputDir: string, options: SiteModelOptions = {}): SiteModel {
  const manifest = readSiteManifest(outputDir);
  const files = listFiles(outputDir);
  const reading = new SiteReading();
  const read = (sitePath: string) =>
    options.written?.get(sitePath) ?? readFileSync(path.join(outputDir, sitePath), "utf8");
  const parse = (sitePath: string) => {
    const known = options.written?.has(sitePath) ? undefined : options.parsed?.get(sitePath);
    if (known) return known;
    const parsed = parseHtmlPage(read(sitePath), reading);
    // The text is let go once parsed: a large site's HTML is not held twice, as text and as its parse.
    options.written?.delete(sitePath);
    options.parsed?.set(sitePath, parsed);
    return parsed;
  };
  const pages: SitePage[] = manifest.pages.map((page) => ({
    url: page.url,
    outputPath: page.outputPath,
    source: page.inputPath,
    data: page.data,
    ownFields: page.ownFields,
    html: page.outputPath.endsWith(".html") && files.has(page.outputPath) ? parse(page.outputPath) : undefined,
  }));
  const described = new Set(manifest.pages.map((page) => page.outputPath));
  const stylesheets: SiteStylesheet[] = [];
  for (const file of files) {
    if (file.endsWith(".css"))
      stylesheets.push({ outputPath: file, source: sourceOfCopy(manifest.publicDir, file), urls: cssUrls(read(file)) });
    // HTML copied as is from public/: its links are checked too, against its own file; it has no layout nor front matter.
    else if (file.endsWith(".html") && !described.has(file))
      pages.push({
        url: file,
        outputPath: file,
        source: sourceOfCopy(manifest.publicDir, file),
        data: { layout: false },
        html: parseHtmlPage(read(file), reading),
      });
  }

  // Every page of a folder asks for the same data files: each is looked for once.
  const fileExists = memoize((file) => existsSync(file));
  const htmlIds = new Map(pages.flatMap((page) => (page.html ? [[page.outputPath, page.html.ids] as const] : [])));
  return {
    pathPrefix: manifest.pathPrefix,
    publicDir: manifest.publicDir,
    pages,
    leftOut: manifest.leftOut ?? [],
    input: manifest.input,
    globalData: manifest.globalData ?? [],
    dataSource: memoize((file) => readDataSource(file)),
    dataFilesOf: (source) => (manifest.input ? dataFilesOf(source, manifest.input, fileExists) : []),
    stylesheets,
    files,
    ignored: options.ignore ?? [],
    drafts: new Map((manifest.drafts ?? []).map((draft) => [draft.url, draft.inputPath])),
    feedProblems: (sitePath, format) => {
      const text = files.has(sitePath) ? read(sitePath) : undefined;
      if (text === undefined) return undefined;
      const known = options.validatedFeeds?.get(sitePath);
      if (known?.text === text) return known.problems;
      const problems = validateFeed(format, text);
      options.validatedFeeds?.set(sitePath, { text, problems });
      return problems;
    },
    source: memoize((file) => readText(file)),
    templateFiles: memoizeValue(
      () => options.templateFiles ?? TEMPLATE_FOLDERS.flatMap((folder) => listTemplates(folder)),
    ),
    fileBytes: memoize((sitePath) => {
      if (!files.has(sitePath)) return undefined;
      return (
        options.images?.get(sitePath)?.bytes ??
        statSync(path.join(outputDir, sitePath), { throwIfNoEntry: false })?.size
      );
    }),
    imageDimensions: memoize((sitePath) => {
      if (!files.has(sitePath)) return undefined;
      const known = options.images?.get(sitePath);
      return known ? { width: known.width, height: known.height } : dimensionsOf(path.join(outputDir, sitePath));
    }),
    idsIn: memoize(
      (sitePath) =>
        htmlIds.get(sitePath) ??
        (sitePath.endsWith(".svg") && files.has(sitePath) ? svgIds(read(sitePath)) : undefined),
    ),
  };
}

/** Where a file copied as is into the site comes from, for messages: `public/…` when it is there. */
function sourceOfCopy(publicDir: string, sitePath: string): string {
  const candidate = path.join(publicDir, sitePath);
  return readText(candidate) === undefined ? sitePath.slice(1) : candidate;
}

function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  // Tens of thousands of files (each image has its variants): the site path is the entry's folder
  // past the root, rather than path.relative's work for each.
  const base = path.resolve(root);
  const folderPaths = new Map<string, string>();
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    let folder = folderPaths.get(entry.parentPath);
    if (folder === undefined) {
      const relative = path.relative(base, entry.parentPath);
      folder = relative ? `${relative.split(path.sep).join("/")}/` : "";
      folderPaths.set(entry.parentPath, folder);
    }
    const sitePath = `/${folder}${entry.name}`;
    if (sitePath !== `/${MANIFEST_FILE}`) files.add(sitePath);
  }
  return files;
}

function listTemplates(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(njk|json|html)$/.test(file))
      .map((file) => path.join(folder, file))
      .sort();
  } catch {
    return [];
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function dimensionsOf(file: string): Dimensions | undefined {
  return /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?)$/i.test(file) ? imageDimensions(file) : undefined;
}

function svgIds(svg: string): Set<string> {
  return new Set([...svg.matchAll(/\sid\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]!));
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

function memoizeValue<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

const TEMPLATE_FOLDERS = ["_includes", "components", "_data"];

export interface SiteModelOptions {
  /**
   * Pages the build has just written, by site path: read from memory rather than from disk
   * again, and removed from the map once parsed.
   */
  written?: Map<string, string>;
  /**
   * Pages parsed by an earlier reading of the same site, by site path, completed by this one: the
   * dev server keeps them between rebuilds, where only the pages in `written` have changed.
   */
  parsed?: Map<string, ParsedPage>;
  /**
   * Feeds validated by an earlier reading of the same site, by site path, completed by this one:
   * the dev server keeps them between rebuilds, which rewrite a feed only when it changes.
   */
  validatedFeeds?: Map<string, { text: string; problems: FeedProblem[] }>;
  /** Site paths left unchecked (`/pagefind/` when the search index was not built). */
  ignore?: string[];
  /**
   * The pixel size and bytes of images the build has just read to publish them, by site path:
   * not opened again (a 4,000-page site has 5,000 screenshots).
   */
  images?: ReadonlyMap<string, ImageFile>;
  /** Layout, component and data files that pages are built from; the project's by default. */
  templateFiles?: string[];
}

export interface SiteModel {
  /** URL prefix the site was built for (`/` or `/aide/`). */
  pathPrefix: string;
  /** The site's own files (`public`), relative to the project root. */
  publicDir: string;
  /** Every page Eleventy wrote (HTML or not), then HTML files copied as they are. */
  pages: SitePage[];
  /** Pages left out of the build, whose errors are said already: what points to them is not reported again. */
  leftOut: LeftOutPage[];
  /** The content folder, where data files are found (unknown for a site written by hand in a test). */
  input?: string;
  /** Names the site's global data gives every page. */
  globalData: string[];
  /** The data a page's front matter or a data file gives, read once. */
  dataSource(file: string): DataSource | undefined;
  /** The data files a page's data comes from, nearest first (lib/checks/model/data-files.ts). */
  dataFilesOf(source: string): string[];
  stylesheets: SiteStylesheet[];
  /** Every file of the site, from its root (`/fr/index.html`, `/img/a.png`). */
  files: ReadonlySet<string>;
  /** Site paths left unchecked. */
  ignored: string[];
  /** Drafts the build left out, their source by the URL they would have had (`/fr/…/`). */
  drafts: ReadonlyMap<string, string>;
  /** What a reader would object to in a feed of the site (`lib/feeds/validate-feed.ts`); undefined when it has no such file. */
  feedProblems(sitePath: string, format: FeedFormat): FeedProblem[] | undefined;
  /** Text of a source file, to find the line of a problem. */
  source(file: string): string | undefined;
  /** Layouts, components and data: where a link not written in the page itself comes from. */
  templateFiles(): string[];
  /** Size in bytes of a file of the site. */
  fileBytes(sitePath: string): number | undefined;
  /** Pixel size of an image of the site, read from the file. */
  imageDimensions(sitePath: string): Dimensions | undefined;
  /** The ids of an HTML page or SVG file of the site (the fragments a link may point to). */
  idsIn(sitePath: string): Set<string> | undefined;
}

export interface SitePage {
  /** URL without the path prefix. */
  url: string;
  /** The written file, from the site root. */
  outputPath: string;
  /** The file an editor changes: the Markdown source, relative to the project root. */
  source: string;
  data: PageData;
  /** The fields its own front matter writes, when the build noted them. */
  ownFields?: string[];
  /** Parsed once, for HTML pages only. */
  html?: ParsedPage;
}

export interface SiteStylesheet {
  outputPath: string;
  source: string;
  urls: string[];
}

export type { Dimensions } from "../../images/dimensions.ts";
