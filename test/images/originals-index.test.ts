import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { OriginalsIndex } from "../../lib/images/originals-index.ts";

const ORIGINAL = { width: 60, height: 40, contentHash: "ab12" };

describe("the index of the originals kept in the image cache", () => {
  it("knows a version of a file from one build to the next, by its size and date", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-originals-"));
    const image = path.join(dir, "capture.png");
    writeFileSync(image, "png");
    const first = new OriginalsIndex(dir);
    first.set(image, 3, 1000, ORIGINAL);
    first.save();
    const next = new OriginalsIndex(dir);
    assert.deepEqual(next.get(image, 3, 1000), ORIGINAL);
    assert.equal(next.get(image, 3, 2000), undefined);
    assert.equal(next.get(image, 4, 1000), undefined);
  });

  it("forgets the files removed since, and starts afresh from an unreadable index", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-originals-"));
    const image = path.join(dir, "capture.png");
    writeFileSync(image, "png");
    const index = new OriginalsIndex(dir);
    index.set(image, 3, 1000, ORIGINAL);
    index.set(path.join(dir, "supprimee.png"), 3, 1000, ORIGINAL);
    index.save();
    assert.equal(new OriginalsIndex(dir).get(path.join(dir, "supprimee.png"), 3, 1000), undefined);
    writeFileSync(path.join(dir, "originals.json"), "{ tronqué");
    assert.equal(new OriginalsIndex(dir).get(image, 3, 1000), undefined);
  });

  it("a cache folder that cannot be written is only slower", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "aide-originals-")), "absent");
    const index = new OriginalsIndex(dir);
    index.set(path.join(dir, "capture.png"), 3, 1000, ORIGINAL);
    assert.doesNotThrow(() => index.save());
    rmSync(dir, { recursive: true, force: true });
  });
});
