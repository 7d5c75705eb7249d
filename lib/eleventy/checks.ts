import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkSite } from "../checks/check-site.ts";
import { uniqueFindings } from "../checks/finding.ts";
import { formatFindings } from "../checks/format-findings.ts";
import type { ParsedPage } from "../checks/html-page.ts";
import { checkDuplicatePermalinks } from "../checks/permalinks.ts";
import { readSiteModel } from "../checks/site-model.ts";
import { writeSiteManifest, type ManifestPage, type PageData } from "../checks/site-manifest.ts";
import { frontMatterSchema } from "../schema/front-matter.ts";
import { SEARCH_FOLDER } from "../search/index-site.ts";
import { directoriesOf, type AfterEvent } from "./eleventy-shapes.ts";
import { renderFindings, reportRenderFinding } from "./render-findings.ts";

/**
 * What the checks need from Eleventy: each page's source and data, recorded in the site folder
 * (`.pages.json`) for the checks that run after the build or alone (`npm run check`), and every
 * duplicate permalink at once. The dev server runs the checks after each rebuild and prints
 * their findings as warnings, without stopping.
 */
export default function checksPlugin(eleventyConfig: UserConfig, options: { publicDir?: string } = {}): void {
  const pages = new Map<string, ManifestPage>();
  const output = () => directoriesOf(eleventyConfig).output;
  const sitePathOf = (outputPath: string) => `/${path.relative(output(), outputPath).split(path.sep).join("/")}`;
  let warnedBefore = false;
  // The dev server rewrites only what changed: the other pages are not parsed again at each rebuild.
  const parsedPages = new Map<string, ParsedPage>();
  eleventyConfig.on("eleventy.before", () => writtenPages.clear());

  // Called once per page with its whole data cascade (https://www.11ty.dev/docs/data-validate/).
  eleventyConfig.addGlobalData("eleventyDataSchema", () => (data: EleventyPageData) => {
    const { url, inputPath, outputPath } = data.page ?? {};
    if (!url || !inputPath || !outputPath) return;
    const sitePath = sitePathOf(outputPath);
    pages.set(sitePath, { url, inputPath: path.relative(".", inputPath), outputPath: sitePath, data: pick(data) });
  });

  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: Record<string, (string | false)[]> }) => {
    for (const finding of checkDuplicatePermalinks(inputPathToUrl, readSource)) reportRenderFinding(finding);
  });

  eleventyConfig.on("eleventy.after", ({ runMode, results }: AfterEvent) => {
    for (const { outputPath, content } of results) if (outputPath && content !== undefined && outputPath.endsWith(".html")) writtenPages.set(sitePathOf(outputPath), content);
    // The dev server keeps pages between rebuilds; a page removed since is forgotten.
    if (runMode !== "build") for (const [sitePath] of pages) if (!existsSync(path.join(output(), sitePath))) pages.delete(sitePath);
    writeSiteManifest(output(), { pathPrefix: eleventyConfig.pathPrefix ?? "/", publicDir: options.publicDir ?? "public", pages: [...pages.values()] });
    if (runMode === "build") return;
    // The search index is not built by the dev server.
    const findings = uniqueFindings(checkSite(readSiteModel(output(), { ignore: [`/${SEARCH_FOLDER}/`], written: writtenPages, parsed: parsedPages })), renderFindings);
    if (findings.length > 0) console.warn(`Vérifications (la publication serait refusée en cas d’erreur) :\n${formatFindings(findings)}`);
    else if (warnedBefore) console.warn("Vérifications : plus aucun problème.");
    warnedBefore = findings.length > 0;
  });
}

/**
 * The HTML of the pages Eleventy has just written, by site path, as it wrote them: the checks
 * that follow read them from memory rather than from disk again.
 */
export const writtenPages = new Map<string, string>();

function pick(data: EleventyPageData): PageData {
  const picked: Record<string, unknown> = {};
  for (const key of CHECKED_KEYS) if (data[key] !== undefined) picked[key] = data[key];
  return picked;
}

function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The front matter fields the schema describes, and those that say how a page is written. */
const CHECKED_KEYS = [...Object.keys(frontMatterSchema.shape), "layout", "permalink", "eleventyExcludeFromCollections"];

type EleventyPageData = Record<string, unknown> & { page?: { url?: string | false; inputPath?: string; outputPath?: string | false } };
