import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The file the build leaves in the site folder so that the checks, run later on the HTML alone
 * (`npm run check`), can name the Markdown source of each page and read its front matter.
 * A dot file: servers do not publish it.
 */
export const MANIFEST_FILE = ".pages.json";

export function writeSiteManifest(outputDir: string, manifest: SiteManifest): void {
  writeFileSync(path.join(outputDir, MANIFEST_FILE), JSON.stringify(manifest));
}

export function readSiteManifest(outputDir: string): SiteManifest {
  const file = path.join(outputDir, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new Error(`${file} introuvable : ce dossier n’a pas été construit par « npm run build » (lancez-le d’abord)`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as SiteManifest;
}

export interface SiteManifest {
  /** URL prefix the site was built for (`/` or `/aide/`). */
  pathPrefix: string;
  /** Folder of the site's own files (`public`), relative to the project root. */
  publicDir: string;
  /** The content folder the site was built from, where its data files are found. */
  input?: string;
  /** Names every page gets from the site's global data (`site`…): a page may set them, they are not unknown fields. */
  globalData?: string[];
  pages: ManifestPage[];
  /** Pages left out because they are drafts (`draft: true`), by the URL they would have had. */
  drafts?: { url: string; inputPath: string }[];
  /** Pages left out of the build because they cannot be built: their errors are said already. */
  leftOut?: LeftOutPage[];
}

export interface LeftOutPage {
  /** Source file, relative to the project root. */
  inputPath: string;
  /** The URL it would have had, when it can be told without building it. */
  url?: string;
  /** Its `eleventyNavigation`, as its data gave it. */
  navigation?: unknown;
}

export interface ManifestPage {
  /** URL without the path prefix (`/fr/…/`). */
  url: string;
  /** Source file, relative to the project root. */
  inputPath: string;
  /** Written file, from the site root (`/fr/…/index.html`). */
  outputPath: string;
  /** The page's data that the checks read (front matter merged with its folder's data). */
  data: PageData;
  /** The fields its own front matter writes, as Eleventy read it (the unknown-field check's). */
  ownFields?: string[];
}

export interface PageData {
  title?: unknown;
  description?: unknown;
  tags?: unknown;
  eleventyNavigation?: unknown;
  pictogram?: unknown;
  image?: unknown;
  summary?: unknown;
  layout?: unknown;
  permalink?: unknown;
  eleventyExcludeFromCollections?: unknown;
  sidemenuNav?: unknown;
  segments?: unknown;
  date?: unknown;
  draft?: unknown;
  posts?: unknown;
  /** The format of a feed written by the build (`atom`, `rss`, `json`). */
  feedFormat?: unknown;
}
