import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import {
  cacheEntries,
  cacheFile,
  imageCacheDir,
  pruneImageCache,
  pruneImageCacheDaily,
  writeEntry,
} from "../../lib/images/image-cache.ts";

describe("the image cache", () => {
  it("lives in .cache/images at the project's root unless AIDE_IMAGE_CACHE names another folder", () => {
    assert.equal(imageCacheDir("/projet", {}), "/projet/.cache/images");
    assert.equal(imageCacheDir("/projet", { AIDE_IMAGE_CACHE: "/var/cache/aide" }), "/var/cache/aide");
    assert.equal(cacheFile("/c", "ab12cd", "avif"), "/c/ab/ab12cd.avif");
  });

  it("never holds half an entry: a failed write leaves nothing under the key", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-image-cache-"));
    const target = cacheFile(dir, "ab12cd", "avif");
    await assert.rejects(
      writeEntry(target, async (temporary) => {
        writeFileSync(temporary, "moitié");
        throw new Error("encodeur interrompu");
      }),
      /encodeur interrompu/,
    );
    assert.deepEqual(readdirSync(path.dirname(target)), []);
    await writeEntry(target, async (temporary) => writeFileSync(temporary, "entier"));
    assert.deepEqual(readdirSync(path.dirname(target)), ["ab12cd.avif"]);
  });

  it("is pruned of the entries the build did not use and nobody used for 30 days, and of a killed build's leftovers", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-image-cache-"));
    const now = Date.now();
    const write = (name: string, days: number) => {
      const file = path.join(dir, name.slice(0, 2), name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
      const time = (now - days * 86_400_000) / 1000;
      utimesSync(file, time, time);
      return file;
    };
    const usedOld = write("aa11.avif", 40);
    const unusedOld = write("bb22.webp", 40);
    const unusedRecent = write("cc33.avif", 2);
    const leftover = write("dd44.avif.123-ab.tmp", 2);
    assert.deepEqual(pruneImageCache(dir, new Set(["aa11"]), { now }), { removed: 2, bytes: 2 });
    assert.deepEqual(
      [usedOld, unusedOld, unusedRecent, leftover].map((file) => existsSync(file)),
      [true, false, true, false],
    );
    // Marked as used, for the pruning of other branches' builds that share the cache.
    assert.ok(now - statSync(usedOld).mtimeMs < 86_400_000);
    assert.deepEqual([...cacheEntries(dir)].sort(), ["aa11.avif", "cc33.avif"]);
  });

  it("is pruned at most once a day, and keeps the index of the originals", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-image-cache-"));
    const now = Date.now();
    const old = (file: string) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
      const time = (now - 40 * 86_400_000) / 1000;
      utimesSync(file, time, time);
      return file;
    };
    const index = old(path.join(dir, "originals.json"));
    old(path.join(dir, "bb", "bb22.webp"));
    assert.deepEqual(pruneImageCacheDaily(dir, new Set(), { now }), { removed: 1, bytes: 1 });
    old(path.join(dir, "cc", "cc33.webp"));
    assert.equal(pruneImageCacheDaily(dir, new Set(), { now: now + 3_600_000 }), undefined);
    assert.deepEqual(pruneImageCacheDaily(dir, new Set(), { now: now + 86_400_000 }), { removed: 1, bytes: 1 });
    assert.ok(existsSync(index));
  });
});
