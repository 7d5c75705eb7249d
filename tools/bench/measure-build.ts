import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import type { BuildKind, MeasuredBuild } from "./measured-build.ts";
import { watchPeakRss } from "./process-stats.ts";

const CHILD = path.join(PROJECT_ROOT, "scripts/bench-build.ts");

/**
 * Runs one build in a fresh Node process (so that no cache or heap of an earlier build helps
 * it) and measures it from outside: wall time and the peak memory of the whole process tree.
 * `input` is relative to the project root, where the build runs.
 */
export async function measureBuild(
  kind: BuildKind,
  input: string,
  output: string,
  options: { profileDir?: string; env?: Record<string, string> } = {},
): Promise<BuildMeasure> {
  const resultFile = `${output}.mesure.json`;
  rmSync(resultFile, { force: true });
  // No build pays for the disk writes of the one before: what an earlier step left to write is
  // written first. `output` is a folder no earlier build wrote (see runBench).
  execFileSync("sync");
  const profile = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const started = performance.now();
  const child = spawn(process.execPath, [...profile, "--import", "tsx", CHILD, kind, input, output, resultFile], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const peak = watchPeakRss(child.pid!);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = await once(child, "exit");
  const wallMs = performance.now() - started;
  const treePeak = peak.stop();
  if (code !== 0 || !existsSync(resultFile))
    throw new Error(`la construction mesurée (${kind}) a échoué (code ${code}) :\n${stderr.trim()}`);
  const measured = JSON.parse(readFileSync(resultFile, "utf8")) as MeasuredBuild;
  rmSync(resultFile);
  return {
    ...measured,
    totalMs: Object.values(measured.timings).reduce((sum, ms) => sum + ms, 0),
    wallMs,
    peakRssBytes: Math.max(measured.maxRssBytes, treePeak ?? 0),
  };
}

export interface BuildMeasure extends MeasuredBuild {
  /** Sum of the phases. */
  totalMs: number;
  /** The whole process, Node start-up and configuration loading included. */
  wallMs: number;
  /** Peak resident memory of the build and the processes it started (sampled every 50 ms). */
  peakRssBytes: number;
}
