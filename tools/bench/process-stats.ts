import { readdirSync, readFileSync } from "node:fs";

/**
 * Samples the resident memory of a process and all its descendants (Pagefind runs as a child
 * of the build) until stopped, and keeps the peak. Linux only: elsewhere the peak is undefined.
 */
export function watchPeakRss(pid: number, intervalMs = 50): { stop(): number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const rss = treeRss(pid);
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Bytes of resident memory of `pid` and its descendants, from `/proc`. */
export function treeRss(pid: number): number | undefined {
  const own = statusValue(pid, "VmRSS");
  if (own === undefined) return undefined;
  return own + childrenOf(pid).reduce((sum, child) => sum + (treeRss(child) ?? 0), 0);
}

/**
 * Processor time a process has used so far (user and system, all threads), from `/proc`, in
 * milliseconds; undefined elsewhere than on Linux. Ticks are 10 ms on most kernels.
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /s, "")
      .split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

// `getconf CLK_TCK`: 100 on Linux unless the kernel was built otherwise.
const CLOCK_TICKS = 100;

function statusValue(pid: number, field: string): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}
