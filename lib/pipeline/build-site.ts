import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { error, type Finding, hasErrors, uniqueFindings } from "../checks/finding.ts";
import type { ImagesSummary } from "./build-context.ts";
import { OutputLockedError, takeOutputLock } from "./build-lock.ts";
import { BUILD_STEPS, fileSystemFinding } from "./file-system-error.ts";
import { type Interruption, interruptionBy, interruptionOf } from "./interruptions.ts";
import { publishStaging, recoverOutput, stagingFolder } from "./output-folders.ts";
import { postBuildPhases, type StagedSite } from "./post-build-steps.ts";
import type { ProcessUsage } from "./process-usage.ts";
import { renderInChildProcess } from "./render-in-child-process.ts";
import type { RenderOptions, RenderResult } from "./render-site.ts";

/**
 * Builds a site the way CI publishes it: Eleventy into a temporary folder and the checks, then
 * every post-build step (search index, compression); the output folder is replaced only when
 * nothing failed, so a broken build never leaves a half-written site behind. One build at a time
 * writes to a folder (its lock), and each starts by repairing what an interrupted one left.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const input = options.input ?? "content";
  const output = options.output ?? "_site";
  const pathPrefix = options.pathPrefix ?? "/";
  const timings: Record<string, number> = {};
  const refused = (finding: Finding): BuildResult => ({ ok: false, findings: [finding], outputDir: output, timings });

  let lock: ReturnType<typeof takeOutputLock>;
  try {
    mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    lock = takeOutputLock(output, options.command ?? "une autre construction");
  } catch (cause) {
    if (cause instanceof OutputLockedError)
      return refused(
        error("build-locked", output, cause.message, "attendez qu’elle se termine, ou arrêtez-la, puis relancez"),
      );
    return refused(fileSystemFinding(BUILD_STEPS.prepare, cause, output, output) ?? unexpected(cause, output));
  }
  const staging = stagingFolder(output);
  let published = false;
  let keepStagingUntilExit = false;
  try {
    try {
      recoverOutput(output);
      mkdirSync(staging, { recursive: true });
    } catch (cause) {
      return refused(fileSystemFinding(BUILD_STEPS.prepare, cause, staging, output) ?? unexpected(cause, output));
    }

    const rendered: RenderResult =
      options.inChildProcess && !options.configure
        ? await renderInChildProcess({ input, outputDir: staging, pathPrefix }, options.signal)
        : await renderHere({ input, outputDir: staging, pathPrefix, configure: options.configure });
    const findings: Finding[] = [...rendered.findings];
    Object.assign(timings, rendered.timings);

    const staged: StagedSite = { input, outputDir: staging, pathPrefix, options };
    // Nothing more to do when Eleventy stopped before writing the site, or when the pages are refused.
    for (const phase of rendered.stopped || hasErrors(findings) ? [] : postBuildPhases) {
      if (options.signal?.aborted) break;
      const started = performance.now();
      const results = await Promise.all(
        phase.steps.map((step) =>
          step
            .run(staged)
            .catch((cause: unknown) => [fileSystemFinding(step.label, cause, staging) ?? unexpected(cause, staging)]),
        ),
      );
      for (const found of results) findings.push(...found);
      timings[phase.name] = performance.now() - started;
    }

    // Ctrl-C reaches the rendering process with the build: its end may be seen before this process's own signal.
    const interruption =
      interruptionOf(options.signal) ?? (options.signal ? interruptionBy(rendered.stoppedBy) : undefined);
    if (interruption)
      return { ...interrupted(interruption, output), timings, renderProcessUsage: rendered.processUsage };
    if (!hasErrors(findings)) {
      try {
        publishStaging(staging, output);
        published = true;
      } catch (cause) {
        findings.push(fileSystemFinding(BUILD_STEPS.publish, cause, output) ?? unexpected(cause, output));
      }
    }
    // When Eleventy stops early in this process, its copies of static files go on for a while:
    // removing the folder under them would make them fail, so it goes once the process is done.
    keepStagingUntilExit = rendered.stopped && !options.inChildProcess;
    return {
      ok: published,
      findings: oneFileSystemFailure(uniqueFindings(findings), staging, output),
      outputDir: output,
      timings,
      renderProcessUsage: rendered.processUsage,
      images: rendered.images,
    };
  } finally {
    const removeStaging = () => rmSync(staging, { recursive: true, force: true });
    if (published) {
      // Renamed into place.
    } else if (keepStagingUntilExit) process.once("exit", removeStaging);
    else removeStaging();
    lock.release();
  }
}

/** Renders in this process; Eleventy is loaded only then, so that a parent of the rendering process stays small. */
async function renderHere(options: RenderOptions): Promise<RenderResult> {
  const { renderSite } = await import("./render-site.ts");
  return renderSite(options);
}

/**
 * A full or read-only disk fails every write that follows the first, in every step: said once, at the first, with
 * the staging folder named as the folder it stands for (`_site/…`).
 */
function oneFileSystemFailure(findings: Finding[], staging: string, output: string): Finding[] {
  let said = false;
  const stagingPath = path.relative(".", staging);
  return findings.flatMap((finding) => {
    if (finding.rule !== "file-system") return [finding];
    if (said) return [];
    said = true;
    const named = (text: string) => text.split(staging).join(output).split(stagingPath).join(output);
    return [{ ...finding, file: named(finding.file), fix: finding.fix && named(finding.fix) }];
  });
}

function interrupted(interruption: Interruption, output: string): BuildResult {
  return {
    ok: false,
    interrupted: interruption,
    findings: [
      error(
        "build-interrupted",
        output,
        `la construction a été ${interruption.message}`,
        "relancez-la : le site publié n’a pas été modifié",
      ),
    ],
    outputDir: output,
    timings: {},
  };
}

/** An error that is no file system failure: its message, without the stack trace editors cannot use. */
function unexpected(cause: unknown, file: string): Finding {
  return error(
    "build-failed",
    file,
    `la construction a échoué : ${cause instanceof Error ? cause.message : String(cause)}`,
    "relancez la construction ; si l’erreur persiste, signalez-la à l’équipe technique avec ce message",
  );
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
  /** Stops the build (its rendering process, Pagefind) and leaves the published site as it was. */
  signal?: AbortSignal;
  /** What another build is told holds the folder (« npm run build »). */
  command?: string;
}

export interface BuildResult {
  ok: boolean;
  findings: Finding[];
  outputDir: string;
  /** Milliseconds spent in each phase (`eleventy`, `checks`, then each post-build phase). */
  timings: Record<string, number>;
  /** What the rendering process used, when it was not this one. */
  renderProcessUsage?: ProcessUsage;
  /** Why the build stopped before its end, when it was interrupted. */
  interrupted?: Interruption;
  /** The variants of the content images the build published. */
  images?: ImagesSummary;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
