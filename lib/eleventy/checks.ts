import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { BackgroundChecks, type CheckReply, type CheckRequest } from "../checks/background-checks.ts";
import { error, uniqueFindings } from "../checks/finding.ts";
import { type PageData, writeSiteManifest } from "../checks/model/site-manifest.ts";
import { formatFindings } from "../checks/report/format-findings.ts";
import { checkDuplicatePermalinks } from "../checks/rules/permalinks.ts";
import { unknownDataReferences } from "../pages/data-references.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { DATA_ONLY_FIELDS, frontMatterSchema } from "../schema/front-matter.ts";
import { SEARCH_FOLDER } from "../search/index-site.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/**
 * What the checks need from Eleventy: each page's source and data, recorded in the site folder
 * (`.pages.json`) for the checks that run after the build or alone (`npm run check`), the HTML
 * of the pages just written, and every duplicate permalink at once. The dev server runs the
 * checks once the site is written and prints the problems as warnings, without stopping.
 */
export default function checksPlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  const output = () => directoriesOf(eleventyConfig).output;
  // Pages the dev server removed since its last checks, which parse again only what changed.
  const removedPages: string[] = [];
  const sitePathOf = (outputPath: string) => `/${path.relative(output(), outputPath).split(path.sep).join("/")}`;

  // Called once per page with its whole data cascade (https://www.11ty.dev/docs/data-validate/).
  eleventyConfig.addGlobalData("eleventyDataSchema", () => (data: EleventyPageData) => {
    const { url, inputPath, outputPath } = data.page ?? {};
    if (!url || !inputPath || !outputPath) return;
    const sitePath = sitePathOf(outputPath);
    const source = path.relative(".", inputPath);
    build.pages.set(sitePath, {
      url,
      inputPath: source,
      outputPath: sitePath,
      data: pick(data),
      // A page without front matter writes no field.
      ownFields: build.frontMatterFields.get(source) ?? [],
    });
    for (const finding of dataReferenceFindings(source, data)) build.report(finding);
  });

  eleventyConfig.on(
    "eleventy.contentMap",
    ({ inputPathToUrl }: { inputPathToUrl: Record<string, (string | false)[]> }) => {
      for (const finding of checkDuplicatePermalinks(inputPathToUrl, readSource)) build.report(finding);
    },
  );

  // A page deleted while the dev server runs: Eleventy leaves its HTML in the site, served as if
  // it still existed. It is removed with its entry, so that the checks see the links to it broken.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    for (const file of changed.map((changedFile) => path.relative(".", changedFile))) {
      if (existsSync(file)) continue;
      for (const [sitePath, page] of build.pages) {
        if (page.inputPath !== file) continue;
        build.pages.delete(sitePath);
        removedPages.push(sitePath);
        rmSync(path.join(output(), sitePath), { force: true });
      }
    }
  });

  build.onWrite(({ runMode, results }) => {
    for (const { outputPath, content } of results)
      if (outputPath && content !== undefined && outputPath.endsWith(".html"))
        build.writtenPages.set(sitePathOf(outputPath), content);
    // The dev server keeps pages between rebuilds; a page removed since is forgotten.
    if (runMode !== "build")
      for (const [sitePath] of build.pages)
        if (!existsSync(path.join(output(), sitePath))) build.pages.delete(sitePath);
    writeSiteManifest(output(), {
      pathPrefix: eleventyConfig.pathPrefix ?? "/",
      publicDir,
      input: path.relative(".", directoriesOf(eleventyConfig).input),
      globalData: globalDataNames(eleventyConfig),
      pages: [...build.pages.values()],
      drafts: [...build.drafts].map(([url, inputPath]) => ({ url, inputPath })),
      leftOut: [...build.leftOut.values()],
    });
  });

  // The dev server's checks run on a thread of their own, while Eleventy serves the rebuilt page
  // and watches the next save (half a second of checks on a 1,000-page site held both before).
  let warnedBefore = false;
  const say = (request: CheckRequest, reply: CheckReply) => {
    // The site was removed meanwhile (the dev server stopping): nothing left to check.
    if (reply.failure?.code === "ENOENT") return;
    if (request.renderFindings.length > 0) console.warn(formatFindings(request.renderFindings));
    if (reply.failure) {
      console.warn(`Vérifications impossibles : ${reply.failure.message}`);
      return;
    }
    const findings = uniqueFindings(reply.findings ?? [], request.renderFindings);
    if (findings.length > 0)
      console.warn(`Vérifications (la publication serait refusée en cas d’erreur) :\n${formatFindings(findings)}`);
    // Said after every rebuild that leaves nothing to fix, so that the editor knows the last fix worked.
    const clean = findings.length === 0 && request.renderFindings.length === 0;
    if (clean) console.warn(`Vérifications : ${warnedBefore ? "plus aucun problème" : "aucun problème"}.`);
    warnedBefore = !clean;
  };
  const checks = new BackgroundChecks(say, (request, reply) => {
    // Not said: a newer run's report follows, which says « plus aucun problème » if this one had problems.
    warnedBefore ||= request.renderFindings.length > 0 || (reply.findings ?? []).length > 0;
  });
  let runs = 0;
  build.onWritten(({ runMode }) => {
    // A build's pipeline runs the checks itself, with the search index left aside the same way.
    if (runMode === "build") return;
    checks.check({
      run: ++runs,
      outputDir: output(),
      // The dev server builds no search index.
      ignore: [`/${SEARCH_FOLDER}/`],
      written: [...build.writtenPages],
      removed: removedPages.splice(0),
      renderFindings: [...build.findings],
    });
  });
}

/** Folder data the page prints but no data file defines (`{{ urls.aide }}`), each on its line. */
function dataReferenceFindings(file: string, data: EleventyPageData) {
  if (!DATA_ONLY_FIELDS.some((field) => data[field] !== undefined)) return [];
  return unknownDataReferences(readSource(file) ?? "", data, DATA_ONLY_FIELDS).map((reference) =>
    error(
      "data-unknown",
      file,
      `« ${reference.path} » n’est défini par aucune donnée de dossier : la page n’afficherait rien à sa place`,
      reference.suggestion
        ? `vouliez-vous dire « ${reference.suggestion} » ? Sinon, ajoutez la valeur au fichier de données du dossier`
        : `ajoutez la valeur au fichier de données du dossier (valeurs connues à cet endroit : ${reference.known.join(", ") || "aucune"})`,
      reference.line,
    ),
  );
}

/** What the site's global data names: `_data/` files (`site.json` → `site`) and the configuration's `addGlobalData`. */
function globalDataNames(eleventyConfig: UserConfig): string[] {
  // Eleventy's folders are relative to the working directory (`./_data/`).
  const dataDir = (eleventyConfig.directories as { data?: string }).data ?? "_data";
  let files: string[] = [];
  try {
    files = readdirSync(dataDir).map((file) => file.replace(/\.[^.]*$/, ""));
  } catch {
    // No global data folder.
  }
  return [
    ...new Set([...files, ...Object.keys((eleventyConfig as unknown as { globalData: object }).globalData ?? {})]),
  ].sort();
}

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
const CHECKED_KEYS = [
  ...Object.keys(frontMatterSchema.shape).filter((key) => !DATA_ONLY_FIELDS.includes(key)),
  "layout",
  "permalink",
  "eleventyExcludeFromCollections",
  "feedFormat",
];

type EleventyPageData = Record<string, unknown> & {
  page?: { url?: string | false; inputPath?: string; outputPath?: string | false };
};
