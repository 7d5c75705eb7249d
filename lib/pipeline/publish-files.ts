import { readdirSync } from "node:fs";
import { copyFile, link, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { eachWithConcurrency } from "../shared/each-with-concurrency.ts";

/**
 * Puts `source` at `target` as a hard link: the site gets the file without a byte being
 * written, which matters with thousands of images on a slow disk. Where a link cannot be made
 * (another disk, a file system without links), the file is copied.
 * Nothing in the build writes into a published file in place, so the link never changes its source.
 */
export async function publishFile(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  // A file left by an earlier build of the dev server: replaced, as a copy would be.
  await rm(target, { force: true });
  await link(source, target).catch(() => copyFile(source, target));
}

/**
 * Publishes files, by source, to their targets, a few at a time in Node's thread pool: the main
 * thread goes on rendering pages meanwhile.
 */
export async function publishFiles(files: Iterable<[source: string, target: string]>): Promise<void> {
  await eachWithConcurrency([...files], CONCURRENCY, ([source, target]) => publishFile(source, target));
}

/** Publishes every file under `sourceDir` at the same place under `targetDir`. */
export async function publishFolder(sourceDir: string, targetDir: string): Promise<void> {
  const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const source = path.join(entry.parentPath, entry.name);
      return [source, path.join(targetDir, path.relative(sourceDir, source))];
    });
  await publishFiles(files);
}

/** As many operations at a time as Node's thread pool runs (four by default). */
const CONCURRENCY = 4;
