import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The signal a command line hands to a build so that it stops cleanly when it must: Ctrl-C,
 * `kill` (SIGINT, SIGTERM, SIGHUP), or the command that started it gone (`npm run build` killed,
 * which leaves its children running). The build then stops its rendering process and Pagefind,
 * removes its staging folder and leaves the published site as it was. A second Ctrl-C ends the
 * process at once; the next build removes what it left. One Ctrl-C reaches this process twice
 * (the terminal signals every process of the command, and `tsx` passes it on again): a signal
 * within a second of the first is the same interruption.
 */
export function watchInterruptions(): Interruptions {
  const controller = new AbortController();
  let stoppedAt = 0;
  const stop = (reason: Interruption) => {
    if (!controller.signal.aborted) {
      stoppedAt = Date.now();
      controller.abort(reason);
    } else if (Date.now() - stoppedAt > SAME_INTERRUPTION_MS) process.exit(reason.exitCode);
  };
  const onSignal = (signal: NodeJS.Signals) => stop(interruptionBy(signal)!);
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const starters = launcherAncestors();
  const timer = setInterval(() => {
    const gone = starters.find((pid) => !isAlive(pid));
    if (gone !== undefined && !controller.signal.aborted)
      stop({ message: `interrompue : la commande qui l’a lancée (processus ${gone}) s’est arrêtée`, exitCode: 129 });
  }, 250);
  timer.unref();

  return {
    signal: controller.signal,
    dispose() {
      clearInterval(timer);
      for (const signal of SIGNALS) process.off(signal, onSignal);
    },
  };
}

export interface Interruptions {
  /** Aborted with an `Interruption` as its reason. */
  signal: AbortSignal;
  dispose(): void;
}

export interface Interruption {
  /** What happened, in French, after « la construction a été ». */
  message: string;
  /** The exit code a shell expects of a process stopped so (130 for Ctrl-C). */
  exitCode: number;
}

/** The interruption a signal stands for: Ctrl-C, `kill`, a closed terminal; not SIGKILL, which nothing sends to stop a build cleanly. */
export function interruptionBy(signal: NodeJS.Signals | undefined): Interruption | undefined {
  const number = signal ? SIGNAL_NUMBERS[signal] : undefined;
  return number ? { message: `interrompue (signal ${signal})`, exitCode: 128 + number } : undefined;
}

/** Why a build stopped, when it was interrupted. */
export function interruptionOf(signal: AbortSignal | undefined): Interruption | undefined {
  return signal?.aborted ? (signal.reason as Interruption) : undefined;
}

/**
 * The processes that launched this one and live only for it: `tsx`, `sh -c`, `npm`… up to the
 * first one that is something else (the editor's shell, CI's runner). Where `/proc` is missing,
 * the parent alone.
 */
export function launcherAncestors(pid = process.pid): number[] {
  const chain: number[] = [];
  for (let ancestor = parentOf(pid); ancestor > 1 && chain.length < 8; ancestor = parentOf(ancestor)) {
    const argv = commandLineOf(ancestor);
    if (argv === undefined) return chain.length > 0 ? chain : [process.ppid];
    if (!isLauncher(argv)) break;
    chain.push(ancestor);
  }
  return chain;
}

function isLauncher(argv: string[]): boolean {
  const program = path.basename(argv[0]?.split(" ")[0] ?? "");
  if (LAUNCHERS.has(program)) return true;
  return SHELLS.has(program) && argv.includes("-c");
}

function parentOf(pid: number): number {
  if (pid === process.pid) return process.ppid;
  const stat = readProc(pid, "stat");
  // `pid (name) state ppid …`: the name may hold spaces and parentheses, the rest follows its last `)`.
  return Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? 0);
}

function commandLineOf(pid: number): string[] | undefined {
  return readProc(pid, "cmdline")?.split("\0");
}

/** Running, and not a zombie waiting for its parent to read its exit. */
function isAlive(pid: number): boolean {
  const stat = readProc(pid, "stat");
  if (stat !== undefined) return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
/** How long after an interruption another signal is taken as the same one, passed on by a launcher. */
const SAME_INTERRUPTION_MS = 1000;
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
const LAUNCHERS = new Set(["node", "nodejs", "npm", "npx", "tsx", "pnpm", "yarn"]);
const SHELLS = new Set(["sh", "dash", "bash", "zsh"]);
