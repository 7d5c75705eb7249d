import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
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

/** Publishes every file under `sourceDir` at the same place under `targetDir`. */
export function publishFolder(sourceDir: string, targetDir: string): void {
  for (const entry of readdirSync(sourceDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    publishFile(file, path.join(targetDir, path.relative(sourceDir, file)));
  }
}
