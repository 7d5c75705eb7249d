import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The folders a build writes beside the published one: `_site.tmp-<pid>` while it builds, and
 * `_site.old-<pid>` for an instant while it publishes. Publishing is two renames, so that readers
 * see the old site or the new one, never a mix; a build killed in between leaves no `_site/`, and
 * the next build puts the old one back. Only called by the holder of the folder's lock.
 */
export function stagingFolder(output: string): string {
  return `${base(output)}.tmp-${process.pid}`;
}

/**
 * Repairs what an interrupted build left: `_site/` restored from `_site.old-*` if it is missing,
 * then every `_site.tmp-*` and `_site.old-*` removed. Returns the names of what it found.
 */
export function recoverOutput(output: string): RecoveredFolders {
  const leftovers = leftoversOf(output);
  const recovered: RecoveredFolders = { restored: undefined, removed: [] };
  const olds = leftovers.filter((folder) => folder.kind === "old").sort((a, b) => b.mtimeMs - a.mtimeMs);
  if (!existsSync(output) && olds[0]) {
    renameSync(olds[0].path, output);
    recovered.restored = olds[0].path;
  }
  for (const folder of leftovers) {
    if (folder.path === recovered.restored) continue;
    rmSync(folder.path, { recursive: true, force: true });
    recovered.removed.push(folder.path);
  }
  return recovered;
}

/** Replaces `output` with `staging` in two renames; the old site is removed afterwards. */
export function publishStaging(staging: string, output: string): void {
  const previous = `${base(output)}.old-${process.pid}`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  rmSync(previous, { recursive: true, force: true });
}

export interface RecoveredFolders {
  /** The `_site.old-*` folder put back as `_site/`, if a build died between its two renames. */
  restored: string | undefined;
  /** The leftovers removed. */
  removed: string[];
}

function leftoversOf(output: string): { path: string; kind: "tmp" | "old"; mtimeMs: number }[] {
  const dir = path.dirname(base(output));
  const name = path.basename(base(output));
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-\\d+$`);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const kind = pattern.exec(entry)?.[1] as "tmp" | "old" | undefined;
    if (!kind) return [];
    const full = path.join(dir, entry);
    return [{ path: full, kind, mtimeMs: statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? 0 }];
  });
}

function base(output: string): string {
  return output.replace(/\/+$/, "");
}
