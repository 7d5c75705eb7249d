import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type CompressionReport, compressFiles } from "../../lib/pipeline/compress-files.ts";

describe("the build writes compressed copies of the site's text assets", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aide-compress-"));
  const stylesheet = ".fr-callout{border-left:4px solid}".repeat(200);
  const page = `<!doctype html><title>Aide</title>${"<p>Connexion à cartes.gouv.fr</p>".repeat(200)}`;
  let report: CompressionReport;
  before(async () => {
    mkdirSync(path.join(dir, "dsfr/component"), { recursive: true });
    mkdirSync(path.join(dir, "fr/guide"), { recursive: true });
    writeFileSync(path.join(dir, "dsfr/component/callout.min.css"), stylesheet);
    writeFileSync(path.join(dir, "fr/guide/index.html"), page);
    writeFileSync(path.join(dir, "tiny.css"), "a{color:red}");
    writeFileSync(path.join(dir, "photo.png"), Buffer.alloc(4096, 7));
    report = await compressFiles(dir);
  });

  it("writes a .br and a .gz that decompress to the original, in sub-folders too", () => {
    const file = path.join(dir, "dsfr/component/callout.min.css");
    assert.equal(brotliDecompressSync(readFileSync(`${file}.br`)).toString(), stylesheet);
    assert.equal(gunzipSync(readFileSync(`${file}.gz`)).toString(), stylesheet);
  });

  it("leaves pages to nginx, which compresses them on each request", () => {
    for (const file of ["fr/guide/index.html.br", "fr/guide/index.html.gz"])
      assert.equal(existsSync(path.join(dir, file)), false, file);
  });

  it("leaves out files too small to gain anything and formats compressed already", () => {
    for (const file of ["tiny.css.br", "tiny.css.gz", "photo.png.br", "photo.png.gz"])
      assert.equal(existsSync(path.join(dir, file)), false, file);
  });

  it("reports the sizes before and after", () => {
    assert.equal(report.files, 1);
    assert.equal(report.bytes, Buffer.byteLength(stylesheet));
    assert.ok(report.brotliBytes > 0 && report.brotliBytes <= report.gzipBytes && report.gzipBytes < report.bytes / 10);
  });
});

describe("the build compresses a part of the site as soon as it is written", () => {
  it("compresses the whole site but one folder, then that folder alone", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "aide-compress-"));
    const script = "export function search() { return 'Rechercher dans l’aide'; }\n".repeat(40);
    for (const folder of ["js", "pagefind"]) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, "script.js"), script);
    }
    await compressFiles(dir, { except: "pagefind" });
    assert.equal(existsSync(path.join(dir, "js/script.js.br")), true);
    assert.equal(existsSync(path.join(dir, "pagefind/script.js.br")), false);
    await compressFiles(path.join(dir, "pagefind"));
    assert.equal(existsSync(path.join(dir, "pagefind/script.js.br")), true);
  });
});
