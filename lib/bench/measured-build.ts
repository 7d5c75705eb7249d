import Eleventy from "@11ty/eleventy";
import { buildSite } from "../build/build-site.ts";
import { formatFinding } from "../checks/format-findings.ts";

const FLOOR_CONFIG = "lib/bench/floor.eleventy.ts";

/**
 * One build as the bench measures it, run inside the measured process: ours (the real
 * pipeline, every post-build step included) or the bare floor (plain Eleventy).
 */
export async function measuredBuild(kind: BuildKind, input: string, output: string): Promise<MeasuredBuild> {
  if (kind === "site") {
    const result = await buildSite({ input, output });
    return { ok: result.ok, timings: result.timings, findings: result.findings.map(formatFinding), ...usage() };
  }
  const started = performance.now();
  await new Eleventy(input, output, { configPath: FLOOR_CONFIG, quietMode: true, source: "cli" }).write();
  return { ok: true, timings: { eleventy: performance.now() - started }, findings: [], ...usage() };
}

function usage(): { maxRssBytes: number; cpuMs: number } {
  const usage = process.resourceUsage();
  // resourceUsage() reports kibibytes and microseconds.
  return { maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
}

export type BuildKind = "site" | "floor";

export interface MeasuredBuild {
  ok: boolean;
  /** Milliseconds per phase: `eleventy`, then one per post-build step. */
  timings: Record<string, number>;
  /** Every problem the build reported, one line each. */
  findings: string[];
  /** Peak resident memory of the Node process itself. */
  maxRssBytes: number;
  /** Processor time of the Node process (all its threads, not the processes it starts): less sensitive than durations to a busy machine. */
  cpuMs: number;
}
