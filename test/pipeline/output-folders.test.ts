import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { publishStaging, recoverOutput, stagingFolder } from "../../lib/pipeline/output-folders.ts";

const folderWith = (files: Record<string, string>) => {
  const root = mkdtempSync(path.join(tmpdir(), "aide-dossiers-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
};

describe("what an interrupted build left beside the published folder", () => {
  it("is put back when the build died between its two renames: _site/ is the old one, whole", () => {
    const root = folderWith({
      "_site.old-41/index.html": "ancien",
      "_site.tmp-41/index.html": "nouveau, peut-être incomplet",
    });
    const recovered = recoverOutput(path.join(root, "_site"));
    assert.equal(recovered.restored, path.join(root, "_site.old-41"));
    assert.equal(readFileSync(path.join(root, "_site/index.html"), "utf8"), "ancien");
    assert.deepEqual(readdirSync(root), ["_site"]);
  });

  it("is removed when _site/ is there: staging folders of killed builds, and an old site the swap did not remove", () => {
    const root = folderWith({
      "_site/index.html": "publié",
      "_site.tmp-12/index.html": "à moitié",
      "_site.tmp-13/fr/index.html": "à moitié",
      "_site.old-14/index.html": "ancien",
      "_site.autre/garder.txt": "pas à la construction",
    });
    const recovered = recoverOutput(path.join(root, "_site"));
    assert.equal(recovered.restored, undefined);
    assert.equal(recovered.removed.length, 3);
    assert.deepEqual(readdirSync(root).sort(), ["_site", "_site.autre"]);
    assert.equal(readFileSync(path.join(root, "_site/index.html"), "utf8"), "publié");
  });

  it("is nothing to do on a first build, in a folder that does not exist yet", () => {
    assert.deepEqual(recoverOutput(path.join(tmpdir(), "aide-absent", "_site")), { restored: undefined, removed: [] });
  });
});

describe("publishing a staging folder", () => {
  it("replaces the published folder by the new one and removes the old one", () => {
    const root = folderWith({ "_site/index.html": "ancien", "_site/vieux.html": "supprimé" });
    const output = path.join(root, "_site");
    const staging = stagingFolder(output);
    mkdirSync(staging);
    writeFileSync(path.join(staging, "index.html"), "nouveau");
    publishStaging(staging, output);
    assert.deepEqual(readdirSync(root), ["_site"]);
    assert.deepEqual(readdirSync(output), ["index.html"]);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "nouveau");
  });

  it("works the first time, when nothing was published yet", () => {
    const root = folderWith({ "_site.tmp-1/index.html": "premier" });
    publishStaging(path.join(root, "_site.tmp-1"), path.join(root, "_site"));
    assert.equal(existsSync(path.join(root, "_site/index.html")), true);
  });
});
