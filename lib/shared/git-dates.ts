import { execFileSync } from "node:child_process";

/**
 * The date of the last commit of every file of the repository, from a single `git log` call
 * (paths relative to the repository root). Empty when git or the history is missing.
 */
export function gitLastModified(cwd = "."): Map<string, Date> {
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=%x00%ct", "--name-only", "--no-renames", "--relative"], {
      cwd,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return new Map();
  }
  return parseGitLog(log);
}

/** Reads `git log --format=%x00%ct --name-only`: newest commits come first, so the first date seen wins. */
export function parseGitLog(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split("\0").slice(1)) {
    const [timestamp, ...files] = commit.split("\n");
    const date = new Date(Number(timestamp) * 1000);
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
