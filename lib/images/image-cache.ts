import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ORIGINALS_FILE } from "./originals-index.ts";

/**
 * The encoded variants, kept across builds: one file per variant, named by its key
 * (`<dir>/<key[0..2]>/<key>.<format>`). A key says everything that makes the bytes (original,
 * width, format, settings, encoder), so an entry never changes once written and nothing needs
 * invalidating: a new screenshot or setting gives new keys, and old entries are pruned.
 *
 * The folder: `AIDE_IMAGE_CACHE` when set (a CI keeps a folder between runs), else `.cache/images/`
 * at the project's root — not under node_modules/, which `npm ci` empties.
 */
export function imageCacheDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.AIDE_IMAGE_CACHE ? path.resolve(env.AIDE_IMAGE_CACHE) : path.join(projectRoot, ".cache", "images");
}

export function cacheFile(cacheDir: string, key: string, format: string): string {
  return path.join(cacheDir, key.slice(0, 2), `${key}.${format}`);
}

/** The file names of the cache's entries (`<key>.<format>`), read a folder at a time. */
export function cacheEntries(cacheDir: string): Set<string> {
  const names = new Set<string>();
  let folders: string[] = [];
  try {
    folders = readdirSync(cacheDir);
  } catch {
    // No cache yet.
  }
  for (const folder of folders) {
    if (folder.length !== 2) continue;
    try {
      for (const name of readdirSync(path.join(cacheDir, folder))) if (!name.endsWith(TEMPORARY)) names.add(name);
    } catch {
      // Not a folder.
    }
  }
  return names;
}

/**
 * Writes an entry through a temporary file renamed into place: a build killed midway never
 * leaves half a file under a key, and two builds writing the same key at once are both right.
 */
export async function writeEntry(target: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}-${randomBytes(4).toString("hex")}${TEMPORARY}`;
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Marks an entry as used now, for the pruning of other builds; a read-only cache still serves its files. */
function touchEntry(file: string, now = new Date()): void {
  try {
    utimesSync(file, now, now);
  } catch {}
}

/**
 * Removes the entries a build did not use and nobody used for `keepDays` (a branch's screenshots
 * may come back), and the temporary files a killed build left a day ago. Returns what was freed.
 */
export function pruneImageCache(
  cacheDir: string,
  usedKeys: ReadonlySet<string>,
  { keepDays = 30, now = Date.now() }: { keepDays?: number; now?: number } = {},
): { removed: number; bytes: number } {
  const freed = { removed: 0, bytes: 0 };
  if (!existsSync(cacheDir)) return freed;
  for (const entry of readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === ORIGINALS_FILE || entry.name === PRUNED_MARK) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) continue;
    const ageDays = (now - stats.mtimeMs) / DAY;
    const used = usedKeys.has(keyOf(entry.name));
    // An entry this build used is marked as used, for the pruning of builds of other branches.
    if (used && ageDays > 1) touchEntry(file, new Date(now));
    const stale = entry.name.endsWith(TEMPORARY) ? ageDays > 1 : !used && ageDays > keepDays;
    if (!stale) continue;
    rmSync(file, { force: true });
    freed.removed++;
    freed.bytes += stats.size;
  }
  return freed;
}

/**
 * `pruneImageCache` at most once a day for a cache folder (its mark's date says when): the pruning
 * reads every entry, 28,000 for a 4,000-page site, and what it removes has waited a month already.
 */
export function pruneImageCacheDaily(
  cacheDir: string,
  usedKeys: ReadonlySet<string>,
  { now = Date.now() }: { now?: number } = {},
): { removed: number; bytes: number } | undefined {
  const mark = path.join(cacheDir, PRUNED_MARK);
  const last = statSync(mark, { throwIfNoEntry: false })?.mtimeMs;
  if (last !== undefined && now - last < DAY) return undefined;
  const freed = pruneImageCache(cacheDir, usedKeys, { now });
  try {
    writeFileSync(mark, "");
    utimesSync(mark, now / 1000, now / 1000);
  } catch {
    // A read-only cache: pruned again next time, which it cannot do either.
  }
  return freed;
}

/** The file whose date says when the cache was last pruned. */
const PRUNED_MARK = ".pruned";

function keyOf(fileName: string): string {
  return fileName.split(".")[0]!;
}

const TEMPORARY = ".tmp";
const DAY = 86_400_000;
