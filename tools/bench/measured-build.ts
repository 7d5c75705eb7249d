import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import type { ImagesSummary } from "../../lib/pipeline/build-context.ts";
import { buildSite } from "../../lib/pipeline/build-site.ts";
import { processUsage } from "../../lib/pipeline/process-usage.ts";

const FLOOR_CONFIG = "tools/bench/floor.eleventy.ts";

/**
 * One build as the bench measures it, run inside the measured process: ours (the real
 * pipeline, every post-build step included) or the bare floor (plain Eleventy).
 */
export async function measuredBuild(kind: BuildKind, input: string, output: string): Promise<MeasuredBuild> {
  if (kind === "site") {
    const result = await buildSite({ input, output, inChildProcess: true });
    const own = processUsage();
    const rendering = result.renderProcessUsage ?? { maxRssBytes: 0, cpuMs: 0 };
    const usage = { maxRssBytes: Math.max(own.maxRssBytes, rendering.maxRssBytes), cpuMs: own.cpuMs + rendering.cpuMs };
    // Rendering is always timed as `eleventy`: a child that died before fails the build, which the bench stops on.
    const timings = result.timings as MeasuredBuild["timings"];
    return { ok: result.ok, timings, findings: result.findings.map(formatFinding), images: result.images, ...usage };
  }
  // Loaded for the floor only: the process that measures our build stays as small as `npm run build`'s.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const started = performance.now();
  await new Eleventy(input, output, { configPath: FLOOR_CONFIG, quietMode: true, source: "cli" }).write();
  return { ok: true, timings: { eleventy: performance.now() - started }, findings: [], ...processUsage() };
}

export type BuildKind = "site" | "floor";

export interface MeasuredBuild {
  ok: boolean;
  /** Milliseconds per phase: `eleventy`, then one per post-build step. */
  timings: { eleventy: number; [phase: string]: number };
  /** Every problem the build reported, one line each. */
  findings: string[];
  /** Peak resident memory of the Node process that rendered the pages (a child of the measured one for our build). */
  maxRssBytes: number;
  /** The variants of the content images the build published, and how many it had to encode. */
  images?: ImagesSummary;
  /** Processor time of the Node processes (all their threads, not Pagefind's process): less sensitive than durations to a busy machine. */
  cpuMs: number;
}
