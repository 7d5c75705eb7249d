import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { hasErrors, uniqueFindings, type Finding } from "../checks/finding.ts";
import { renderFindings } from "../eleventy/render-findings.ts";
import { unreadableFrontMatter } from "./front-matter-syntax.ts";
import { eleventyErrorFinding } from "./eleventy-error.ts";
import { postBuildSteps, type BuildContext } from "./post-build-steps.ts";

const builtInputs = new Set<string>();
const SILENT_LOGGER = { log() {}, info() {}, warn() {}, error() {} };

/**
 * Builds a site the way CI publishes it: Eleventy into a temporary folder, then every post-build
 * step (search index, checks); the output folder is replaced only when nothing failed, so a broken
 * build never leaves a half-written site behind.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const input = options.input ?? "content";
  const output = options.output ?? "_site";
  const staging = `${output.replace(/\/+$/, "")}.tmp-${process.pid}`;
  const timings: Record<string, number> = {};
  const findings: Finding[] = [];
  rmSync(staging, { recursive: true, force: true });

  let started = performance.now();
  let thrown: { cause: unknown } | undefined;
  const exitCode = process.exitCode;
  const unreadable = unreadableFrontMatter(input);
  findings.push(...unreadable.findings);
  try {
    const eleventy = new Eleventy(input, staging, {
      configPath: ".eleventy.ts",
      pathPrefix: options.pathPrefix ?? "/",
      quietMode: true,
      // Like the command line, the folders given here win over the config's `dir` defaults.
      source: "cli",
      config: (eleventyConfig: UserConfig) => {
        // Eleventy caches compiled layouts for the whole process, keyed by path: a second build of
        // the same content would render with the first build's filters (and its path prefix).
        if (builtInputs.has(path.resolve(input))) eleventyConfig.setUseTemplateCache(false);
        for (const file of unreadable.files) eleventyConfig.ignores.add(file);
        options.configure?.(eleventyConfig);
      },
    });
    builtInputs.add(path.resolve(input));
    // Editors read our findings, in French; Eleventy's own log (with stack traces) would only bury them.
    (eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger(SILENT_LOGGER);
    await eleventy.write();
  } catch (cause) {
    thrown = { cause };
    // Eleventy marks the process as failed; the build script decides from every finding instead.
    process.exitCode = exitCode;
  }
  timings.eleventy = performance.now() - started;
  findings.push(...renderFindings);
  if (thrown && !isExplainedBy(thrown.cause, renderFindings)) findings.push(eleventyErrorFinding(thrown.cause));

  const context: BuildContext = { input, outputDir: staging, pathPrefix: options.pathPrefix ?? "/", options };
  // Nothing to check when Eleventy stopped before writing the site.
  for (const step of thrown ? [] : postBuildSteps) {
    if (hasErrors(findings) && !step.afterErrors) continue;
    started = performance.now();
    findings.push(...(await step.run(context)));
    timings[step.name] = performance.now() - started;
  }

  const failed = hasErrors(findings);
  const removeStaging = () => rmSync(staging, { recursive: true, force: true });
  // When Eleventy stops early, its copies of static files go on for a while: removing the
  // folder under them would make them fail, so it goes once the process is done.
  if (failed && thrown) process.once("exit", removeStaging);
  else if (failed) removeStaging();
  else swap(staging, output);
  return { ok: !failed, findings: uniqueFindings(findings), outputDir: output, timings };
}

/** Eleventy stops at the first duplicate permalink; the checks have already listed them all. */
function isExplainedBy(cause: unknown, found: Finding[]): boolean {
  return (cause as Error)?.name === "DuplicatePermalinkOutputError" && found.some((finding) => finding.rule === "permalink-duplicate");
}

/** Replaces `output` with `staging` in two renames, so that readers never see a partial folder. */
function swap(staging: string, output: string): void {
  const previous = `${output.replace(/\/+$/, "")}.old-${process.pid}`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  rmSync(previous, { recursive: true, force: true });
}

export interface BuildOptions {
  /** Content folder (`content` for the real site, a fixture's for tests). */
  input?: string;
  /** Published folder, `_site` by default. */
  output?: string;
  /** URL prefix the site is served under (`/aide/`); `/` by default. */
  pathPrefix?: string;
  /** Skips the search index (tests that only look at HTML). */
  skipSearch?: boolean;
  /** Skips writing the `.br` and `.gz` files nginx serves (tests that only look at HTML). */
  skipCompression?: boolean;
  /** Configuration added to `.eleventy.ts` for this build only (tests give fixtures extra pages). */
  configure?: (eleventyConfig: UserConfig) => void;
}

export interface BuildResult {
  ok: boolean;
  findings: Finding[];
  outputDir: string;
  /** Milliseconds spent in each phase (`eleventy`, then each post-build step). */
  timings: Record<string, number>;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
