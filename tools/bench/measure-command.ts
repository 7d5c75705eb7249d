import { spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync } from "node:fs";
import { watchPeakRss } from "./process-stats.ts";

/**
 * Runs a shell command as a build of another project would be run, and measures it from outside:
 * wall time, processor time of everything it started (the shell's `times`, which counts the
 * processes it waited for, whatever their language), and the peak memory of the process tree.
 * The command's own output goes to `logFile`.
 */
export async function measureCommand(command: string, cwd: string, logFile: string): Promise<CommandMeasure> {
  const log = openSync(logFile, "w");
  const started = performance.now();
  // `times` prints two lines: the shell's own time, then that of its children (user and system).
  const child = spawn("bash", ["-c", `(${command}) >&3 2>&3; status=$?; times; exit $status`], {
    cwd,
    stdio: ["ignore", "pipe", "inherit", log],
  });
  const peak = watchPeakRss(child.pid!);
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  const wallMs = performance.now() - started;
  const peakRssBytes = peak.stop() ?? 0;
  closeSync(log);
  const childrenLine = stdout.trim().split("\n").at(-1) ?? "";
  const [user = 0, system = 0] = [...childrenLine.matchAll(/(\d+)m([\d.]+)s/g)].map(
    ([, minutes, secondsText]) => (Number(minutes) * 60 + Number(secondsText)) * 1000,
  );
  return { ok: code === 0, wallMs, cpuMs: user + system, peakRssBytes };
}

export interface CommandMeasure {
  ok: boolean;
  wallMs: number;
  /** User and system time of every process the command started. */
  cpuMs: number;
  /** Peak resident memory of the whole process tree, sampled every 50 ms. */
  peakRssBytes: number;
}
