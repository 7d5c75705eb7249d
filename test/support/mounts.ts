import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * File systems that fail on purpose, for the tests of a build's disk errors: a small tmpfs that
 * fills up, a read-only bind mount. Mounting needs root (the CI runs the tests as root); elsewhere
 * `canMount()` is false and those tests are skipped.
 */
export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), "aide-montage-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0;
  if (mounted) spawnSync("umount", [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted;
}

/** Runs `task` in a new tmpfs of `kib` KiB, unmounted afterwards. */
export async function inTmpfs<T>(kib: number, task: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), "aide-disque-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${kib}k`, "tmpfs", folder]);
  try {
    return await task(folder);
  } finally {
    await unmount(folder);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs `task` with `folder` (made first) mounted read-only, as it was, then writable again. */
export async function readOnly<T>(folder: string, task: () => Promise<T>): Promise<T> {
  mkdirSync(folder, { recursive: true });
  execFileSync("mount", ["--bind", folder, folder]);
  try {
    execFileSync("mount", ["-o", "remount,bind,ro", folder]);
    return await task();
  } finally {
    await unmount(folder);
  }
}

/**
 * Unmounts a folder once the processes of the build that used it have let it go (a busy machine
 * reaps them a little after the build's exit), else detaches it lazily so that no test is left on it.
 */
async function unmount(folder: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (spawnSync("umount", [folder]).status === 0) return;
    await sleep(100);
  }
  execFileSync("umount", ["--lazy", folder]);
}
