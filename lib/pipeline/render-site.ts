import { existsSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkSite } from "../checks/check-site.ts";
import type { Finding } from "../checks/finding.ts";
import { readSiteManifest, writeSiteManifest } from "../checks/model/site-manifest.ts";
import { readSiteModel } from "../checks/model/site-model.ts";
import { defaultUrl } from "../eleventy/page-urls.ts";
import { SEARCH_FOLDER } from "../search/index-site.ts";
import { attachBuildContext, BuildContext, type ImagesSummary } from "./build-context.ts";
import { eleventyErrorFinding } from "./eleventy-error.ts";
import type { ProcessUsage } from "./process-usage.ts";

/** Whether this process has rendered a site already (tests render many). */
let renderedBefore = false;
const SILENT_LOGGER = { log() {}, info() {}, warn() {}, error() {} };

/**
 * Renders the site into `outputDir` with Eleventy, then checks it, reading the pages from
 * this process's memory rather than from disk again. Every problem is returned, rendering's and
 * the checks': the checks still run after rendering errors so that the editor sees them all at once.
 */
export async function renderSite(options: RenderOptions): Promise<RenderResult> {
  const { input, outputDir } = options;
  const timings: Record<string, number> = {};
  const findings: Finding[] = [];
  let started = performance.now();
  // A page that fails in a way the page-errors plugin could not foresee stops Eleventy: it is
  // reported, left out, and the site rendered again without it, so that every error is said at once.
  const failedPages: { file: string; finding: Finding }[] = [];
  let run = await renderOnce(options, []);
  for (
    let attempt = 0;
    run.thrown && !isExplainedBy(run.thrown.cause, run.build.findings) && attempt < MAX_FAILED_PAGES;
    attempt++
  ) {
    const file = failingPage(run.thrown.cause, input);
    if (!file || failedPages.some((failed) => failed.file === file)) break;
    failedPages.push({ file, finding: eleventyErrorFinding(run.thrown.cause, outputDir) });
    run = await renderOnce(
      options,
      failedPages.map((failed) => failed.file),
    );
  }
  const { build, thrown } = run;
  for (const failed of failedPages) {
    findings.push(failed.finding);
    build.leaveOut(failed.file, { url: defaultUrl(failed.file, input) });
  }
  timings.eleventy = performance.now() - started;
  findings.push(...build.findings);
  if (thrown && !isExplainedBy(thrown.cause, build.findings))
    findings.push(eleventyErrorFinding(thrown.cause, outputDir));
  // Nothing to check when Eleventy stopped before writing the site, or could not write all of it.
  if (thrown || build.findings.some((finding) => finding.rule === "file-system"))
    return { findings, timings, stopped: true };
  if (failedPages.length > 0) rewriteManifest(outputDir, build);

  started = performance.now();
  // The search index is written afterwards: links to its files cannot be checked yet.
  try {
    findings.push(
      ...checkSite(
        readSiteModel(outputDir, {
          ignore: [`/${SEARCH_FOLDER}/`],
          written: build.writtenPages,
          images: build.publishedImages,
        }),
      ),
    );
  } catch (cause) {
    // A site the checks cannot read (a file removed under them): said once, without a stack trace.
    findings.push(eleventyErrorFinding(cause, outputDir));
    return { findings, timings, stopped: true };
  }
  timings.checks = performance.now() - started;
  return { findings, timings, stopped: false, images: build.images };
}

/** One Eleventy build of the site, without the pages `leftOut`; what it threw, if it did. */
async function renderOnce(
  options: RenderOptions,
  leftOut: string[],
): Promise<{ build: BuildContext; thrown?: { cause: unknown } }> {
  const exitCode = process.exitCode;
  // Read now: Eleventy calls `config` below only once it starts writing.
  const firstRender = !renderedBefore;
  renderedBefore = true;
  const build = new BuildContext();
  try {
    const eleventy = new Eleventy(options.input, options.outputDir, {
      configPath: ".eleventy.ts",
      pathPrefix: options.pathPrefix,
      quietMode: true,
      // Like the command line, the folders given here win over the config's `dir` defaults.
      source: "cli",
      config: (eleventyConfig: UserConfig) => {
        attachBuildContext(eleventyConfig, build);
        // Eleventy caches compiled layouts for the whole process, keyed by path: a later build would
        // render with the first build's filters (and its path prefix). Without the cache, it
        // compiles the layout again for every page: only a process's first build can afford it.
        if (!firstRender) eleventyConfig.setUseTemplateCache(false);
        for (const file of leftOut) eleventyConfig.ignores.add(file);
        options.configure?.(eleventyConfig);
      },
    });
    // Editors read our findings, in French; Eleventy's own log (with stack traces) would only bury them.
    (eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger(SILENT_LOGGER);
    await eleventy.init();
    // Nor its warnings that a plugin takes a good part of the build time, which only the bench measures.
    for (const group of Object.values((eleventy as unknown as EleventyBenchmarks).bench.getAll()))
      group.setIsVerbose(false);
    await eleventy.write();
    return { build };
  } catch (cause) {
    // Eleventy marks the process as failed; the build script decides from every finding instead.
    process.exitCode = exitCode;
    return { build, thrown: { cause } };
  }
}

/** The content page an error of Eleventy names, if it names one. */
function failingPage(cause: unknown, input: string): string | undefined {
  const finding = eleventyErrorFinding(cause);
  const file = path.normalize(finding.file);
  return finding.rule !== "file-system" && file.startsWith(`${path.normalize(input)}${path.sep}`) && existsSync(file)
    ? file
    : undefined;
}

/** The manifest again, now that the pages left out after a failure are known (the checks read it). */
function rewriteManifest(outputDir: string, build: BuildContext): void {
  const manifest = readSiteManifest(outputDir);
  writeSiteManifest(outputDir, { ...manifest, leftOut: [...build.leftOut.values()] });
}

/** Pages that may fail one after the other before the build gives up rendering again. */
const MAX_FAILED_PAGES = 20;

/** Eleventy stops at the first duplicate permalink; the checks have already listed them all. */
function isExplainedBy(cause: unknown, found: Finding[]): boolean {
  return (
    (cause as Error)?.name === "DuplicatePermalinkOutputError" &&
    found.some((finding) => finding.rule === "permalink-duplicate")
  );
}

/** Eleventy's timers, which print a warning when a plugin takes a good part of the build. */
interface EleventyBenchmarks {
  bench: { getAll(): Record<string, { setIsVerbose(verbose: boolean): void }> };
}

export interface RenderOptions {
  /** Content folder, relative to the project root. */
  input: string;
  /** Folder the pages are written to (the build's staging folder). */
  outputDir: string;
  pathPrefix: string;
  /** Configuration added to `.eleventy.ts` for this build only (tests give fixtures extra pages). */
  configure?: (eleventyConfig: UserConfig) => void;
}

export interface RenderResult {
  findings: Finding[];
  /** Milliseconds spent rendering (`eleventy`) and checking (`checks`). */
  timings: Record<string, number>;
  /** Eleventy stopped before writing the whole site: nothing was checked and nothing may follow. */
  stopped: boolean;
  /** What the rendering process used, when it was a process of its own. */
  processUsage?: ProcessUsage;
  /** The signal that ended the rendering process, when one did (Ctrl-C reaches it as it reaches the build). */
  stoppedBy?: NodeJS.Signals;
  /** The variants of the content images this render published. */
  images?: ImagesSummary;
}
