import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { publishFile, publishFolder } from "../../lib/pipeline/publish-files.ts";

describe("the build publishes source files without copying their bytes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aide-publish-"));
  const source = path.join(dir, "public");
  const site = path.join(dir, "_site");
  mkdirSync(path.join(source, "img/guide"), { recursive: true });
  writeFileSync(path.join(source, "img/guide/capture.png"), "png");
  writeFileSync(path.join(source, "robots.txt"), "User-agent: *");

  it("publishes every file of a folder at the same place, sub-folders included", () => {
    publishFolder(source, site);
    assert.equal(readFileSync(path.join(site, "img/guide/capture.png"), "utf8"), "png");
    assert.equal(readFileSync(path.join(site, "robots.txt"), "utf8"), "User-agent: *");
  });

  it("links the published file to its source on the same disk", () => {
    assert.equal(statSync(path.join(site, "robots.txt")).ino, statSync(path.join(source, "robots.txt")).ino);
  });

  it("replaces a file an earlier build left, without touching the earlier file's content", () => {
    const target = path.join(dir, "other/robots.txt");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, "ancienne version");
    const earlier = path.join(dir, "earlier.txt");
    publishFile(target, earlier);
    publishFile(path.join(source, "robots.txt"), target);
    assert.equal(readFileSync(target, "utf8"), "User-agent: *");
    assert.equal(readFileSync(earlier, "utf8"), "ancienne version");
  });

  it("makes the target's folder when it is missing, and says so when the source itself is", () => {
    const target = path.join(dir, "nouveau/dossier/robots.txt");
    assert.equal(publishFile(path.join(source, "robots.txt"), target), true);
    assert.equal(readFileSync(target, "utf8"), "User-agent: *");
    assert.equal(publishFile(path.join(source, "absent.txt"), path.join(dir, "ailleurs/absent.txt")), false);
  });
});
