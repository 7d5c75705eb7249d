import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkSite } from "../checks/check-site.ts";
import type { Finding } from "../checks/finding.ts";
import { readSiteModel } from "../checks/model/site-model.ts";
import { SEARCH_FOLDER } from "../search/index-site.ts";
import { attachBuildContext, BuildContext, type ImagesSummary } from "./build-context.ts";
import { eleventyErrorFinding } from "./eleventy-error.ts";
import { unreadableFrontMatter } from "./front-matter-syntax.ts";
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
  let thrown: { cause: unknown } | undefined;
  const exitCode = process.exitCode;
  const unreadable = unreadableFrontMatter(input);
  findings.push(...unreadable.findings);
  // Read now: Eleventy calls `config` below only once it starts writing.
  const firstRender = !renderedBefore;
  renderedBefore = true;
  const build = new BuildContext();
  try {
    const eleventy = new Eleventy(input, outputDir, {
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
        for (const file of unreadable.files) eleventyConfig.ignores.add(file);
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
  } catch (cause) {
    thrown = { cause };
    // Eleventy marks the process as failed; the build script decides from every finding instead.
    process.exitCode = exitCode;
  }
  timings.eleventy = performance.now() - started;
  findings.push(...build.findings);
  if (thrown && !isExplainedBy(thrown.cause, build.findings)) findings.push(eleventyErrorFinding(thrown.cause));
  // Nothing to check when Eleventy stopped before writing the site.
  if (thrown) return { findings, timings, stopped: true };

  started = performance.now();
  // The search index is written afterwards: links to its files cannot be checked yet.
  findings.push(
    ...checkSite(readSiteModel(outputDir, { ignore: [`/${SEARCH_FOLDER}/`], written: build.writtenPages })),
  );
  timings.checks = performance.now() - started;
  return { findings, timings, stopped: false, images: build.images };
}

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
  /** The variants of the content images this render published. */
  images?: ImagesSummary;
}
