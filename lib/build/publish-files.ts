import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { copyFile, link, mkdir, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Puts `source` at `target` as a hard link: the site gets the file without a byte being
 * written, which matters with thousands of images on a slow disk. Where a link cannot be made
 * (another disk, a file system without links), the file is copied.
 * Nothing in the build writes into a published file in place, so the link never changes its source.
 */
export function publishFile(source: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  // A file left by an earlier build of the dev server: replaced, as a copy would be.
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/**
 * Publishes every file under `sourceDir` at the same place under `targetDir`, a few files at a
 * time in Node's thread pool: the main thread goes on rendering pages meanwhile.
 */
export async function publishFolder(sourceDir: string, targetDir: string): Promise<void> {
  const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(sourceDir, path.join(entry.parentPath, entry.name)));
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => folders.get(dir) ?? folders.set(dir, mkdir(dir, { recursive: true })).get(dir)!;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const target = path.join(targetDir, file);
      await folder(path.dirname(target));
      await rm(target, { force: true });
      await link(path.join(sourceDir, file), target).catch(() => copyFile(path.join(sourceDir, file), target));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
}

/** As many operations at a time as Node's thread pool runs (four by default). */
const CONCURRENCY = 4;
