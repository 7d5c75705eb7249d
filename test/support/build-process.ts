import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { ProjectCopy } from "./project-copy.ts";

/**
 * `npm run build` (or another script, with its arguments) started in a project copy, in a process group of its own, as a terminal starts
 * it: a test can send it Ctrl-C (the whole group), kill one of its processes at a chosen step, and
 * see what remains of it.
 */
export function startBuild(project: ProjectCopy, script: string[] = ["build"]): BuildProcess {
  const child = spawn("npm", ["run", "--silent", ...script], {
    cwd: project.root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? 128 + constants.signals[signal!])),
  );
  return {
    npm: child,
    output: () => output,
    exited,
    processes: () => processesInGroup(child.pid!),
  };
}

export interface BuildProcess {
  /** npm, the group's leader. */
  npm: ChildProcess;
  output(): string;
  /** npm's exit code. */
  exited: Promise<number>;
  /** The processes of the build still running: npm, sh, tsx, the build, its rendering process, Pagefind. */
  processes(): RunningProcess[];
}

export interface RunningProcess {
  pid: number;
  /** Its command line. */
  command: string;
}

/** Waits until `found` returns something, at most `seconds`. */
export async function waitFor<T>(what: string, found: () => T | undefined | false, seconds = 60): Promise<T> {
  for (let waited = 0; waited < seconds * 1000; waited += 50) {
    const value = found();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(`attendu en vain pendant ${seconds} s : ${what}`);
}

/** The live processes of a group (zombies, which have exited, are not). */
export function processesInGroup(group: number): RunningProcess[] {
  const found: RunningProcess[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOr(`/proc/${entry}/stat`);
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group || fields[0] === "Z") continue;
    found.push({ pid: Number(entry), command: readOr(`/proc/${entry}/cmdline`).split("\0").join(" ").trim() });
  }
  return found;
}

/** The build's own Node process: the one running scripts/build.ts that has no such process for parent. */
export function buildNodeProcess(build: BuildProcess): RunningProcess | undefined {
  return build
    .processes()
    .find((item) => item.command.includes("loader.mjs scripts/build") && !item.command.includes("heap-growing"));
}

/** The rendering process the build forked (render-child.ts, with its heap setting). */
export function renderingProcess(build: BuildProcess): RunningProcess | undefined {
  return build.processes().find((item) => item.command.includes("--heap-growing-percent"));
}

export function pagefindProcess(build: BuildProcess): RunningProcess | undefined {
  return build.processes().find((item) => item.command.includes("pagefind"));
}

/** Every file of a folder with its content's hash: equal digests, equal folders. */
export function folderDigest(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  const digest: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digest[path.relative(folder, file)] = createHash("sha256").update(readFileSync(file)).digest("hex");
  }
  return digest;
}

function readOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
