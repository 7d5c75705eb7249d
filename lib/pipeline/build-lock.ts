import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * One build at a time writes to a folder: the lock is a file beside it (`_site.lock`) that holds
 * the process number of its owner. A second build is refused with a French message while that
 * process lives; a lock left by a process that no longer runs (killed, machine restarted) is
 * taken over. The dev server takes the same lock on `_site/`.
 */
export function takeOutputLock(output: string, command: string): OutputLock {
  const file = `${output.replace(/\/+$/, "")}.lock`;
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, JSON.stringify({ pid: process.pid, command }));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // A hard link is made whole or not at all: two builds can never both think they hold it.
        linkSync(mine, file);
        return { file, release: () => releaseIfMine(file) };
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== "EEXIST") throw cause;
        const owner = readOwner(file);
        if (owner && owner.pid !== process.pid && isRunning(owner.pid)) throw new OutputLockedError(output, owner);
        rmSync(file, { force: true });
      }
    }
    throw new OutputLockedError(output, readOwner(file) ?? { pid: 0, command: "" });
  } finally {
    rmSync(mine, { force: true });
  }
}

export interface OutputLock {
  /** The lock file (`_site.lock`). */
  file: string;
  release(): void;
}

/** Another process writes to the folder: said in French, with what it is and how to go on. */
export class OutputLockedError extends Error {
  constructor(
    readonly output: string,
    readonly owner: LockOwner,
  ) {
    super(
      `${output}/ est déjà en cours d’écriture par ${owner.command || "une autre construction"} (processus ${owner.pid})`,
    );
  }
}

export interface LockOwner {
  pid: number;
  /** What holds it: « npm run build », « npm start »… */
  command: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

function releaseIfMine(file: string): void {
  if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    // EPERM: it runs, as another user.
    return (cause as NodeJS.ErrnoException).code === "EPERM";
  }
}
