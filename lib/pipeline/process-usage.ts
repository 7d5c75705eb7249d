/** What a process has used: the bench's measure, and the build's report of its rendering process. */
export interface ProcessUsage {
  /** Peak resident memory. */
  maxRssBytes: number;
  /** Processor time, all threads together. */
  cpuMs: number;
}

/** What this process has used so far. */
export function processUsage(): ProcessUsage {
  const usage = process.resourceUsage();
  // resourceUsage() reports kibibytes and microseconds.
  return { maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
}
