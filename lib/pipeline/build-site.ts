import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type Finding, hasErrors, uniqueFindings } from "../checks/finding.ts";
import type { ImagesSummary } from "./build-context.ts";
import { postBuildPhases, type StagedSite } from "./post-build-steps.ts";
import type { ProcessUsage } from "./process-usage.ts";
import { renderInChildProcess } from "./render-in-child-process.ts";
import type { RenderOptions, RenderResult } from "./render-site.ts";

/**
 * Builds a site the way CI publishes it: Eleventy into a temporary folder and the checks, then
 * every post-build step (search index, compression); the output folder is replaced only when
 * nothing failed, so a broken build never leaves a half-written site behind.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const input = options.input ?? "content";
  const output = options.output ?? "_site";
  const pathPrefix = options.pathPrefix ?? "/";
  const staging = `${output.replace(/\/+$/, "")}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });

  const rendered: RenderResult =
    options.inChildProcess && !options.configure
      ? await renderInChildProcess({ input, outputDir: staging, pathPrefix })
      : await renderHere({ input, outputDir: staging, pathPrefix, configure: options.configure });
  const findings: Finding[] = [...rendered.findings];
  const timings: Record<string, number> = { ...rendered.timings };

  const staged: StagedSite = { input, outputDir: staging, pathPrefix, options };
  // Nothing more to do when Eleventy stopped before writing the site, or when the pages are refused.
  for (const phase of rendered.stopped || hasErrors(findings) ? [] : postBuildPhases) {
    const started = performance.now();
    for (const found of await Promise.all(phase.steps.map((step) => step.run(staged)))) findings.push(...found);
    timings[phase.name] = performance.now() - started;
  }

  const failed = hasErrors(findings);
  const removeStaging = () => rmSync(staging, { recursive: true, force: true });
  // When Eleventy stops early in this process, its copies of static files go on for a while:
  // removing the folder under them would make them fail, so it goes once the process is done.
  if (failed && rendered.stopped && !options.inChildProcess) process.once("exit", removeStaging);
  else if (failed) removeStaging();
  else swap(staging, output);
  return {
    ok: !failed,
    findings: uniqueFindings(findings),
    outputDir: output,
    timings,
    renderProcessUsage: rendered.processUsage,
    images: rendered.images,
  };
}

/** Renders in this process; Eleventy is loaded only then, so that a parent of the rendering process stays small. */
async function renderHere(options: RenderOptions): Promise<RenderResult> {
  const { renderSite } = await import("./render-site.ts");
  return renderSite(options);
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
  /**
   * Renders and checks in a Node process of its own, whose memory is given back before the
   * search index is built (`npm run build`). Not with `configure`, a function that cannot be
   * sent to another process.
   */
  inChildProcess?: boolean;
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
  /** Milliseconds spent in each phase (`eleventy`, `checks`, then each post-build phase). */
  timings: Record<string, number>;
  /** What the rendering process used, when it was not this one. */
  renderProcessUsage?: ProcessUsage;
  /** The variants of the content images the build published. */
  images?: ImagesSummary;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
