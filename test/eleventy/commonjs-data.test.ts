import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { folderDataInCommonJs } from "../../lib/eleventy/commonjs-data.ts";
import {
  commonJsAsModule,
  isCommonJs,
  isFolderDataFile,
  syntaxMistake,
} from "../../lib/eleventy/commonjs-data-hooks.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

describe("folder data written in CommonJS", () => {
  it("gives its data to the pages of its folder, with require and __dirname those of the file", async () => {
    const site = await buildFixture("commonjs-data");
    assert.deepEqual(site.findings, []);
    const html = site.html("/fr/entrepot/");
    assert.match(html, /<code>https:\/\/data\.geopf\.fr\/api<\/code>/);
    assert.match(html, /<code>https:\/\/data\.geopf\.fr\/wmts<\/code>/);
    assert.match(html, /<code>0de8c60b-9938-4be9-aa36-9026b77c3c96<\/code> \(dossier «\u00a0fr\u00a0»\)/);
  });

  it("computes permalinks with its functions: a slugOverride page is published at /fr/<slug>/", async () => {
    const site = await buildFixture("commonjs-data");
    assert.match(site.html("/fr/premiers-pas/"), /<h1>Premiers pas<\/h1>/);
  });

  it("is found in a site before Eleventy reads it, so that a site without any pays nothing for the hooks", () => {
    assert.deepEqual(folderDataInCommonJs("test/fixtures/commonjs-data/content"), [
      "test/fixtures/commonjs-data/content/fr/fr.11tydata.js",
    ]);
    assert.deepEqual(folderDataInCommonJs("test/fixtures/dsfr-fields/content"), []);
  });

  it("that Node cannot read stops the build on its file and line, in French, without a stack trace", async () => {
    assert.deepEqual(buildReport(await buildFixture("commonjs-data-error")), {
      exitCode: 1,
      findings: [
        "test/fixtures/commonjs-data-error/content/fr/fr.11tydata.js:6 erreur : données du dossier : JavaScript illisible (Unexpected token ';') — vérifiez les accolades, les crochets, les virgules et les guillemets de cette ligne et de celles d’avant",
      ],
    });
    assert.equal(syntaxMistake("module.exports = { a: 1 };", "file:///site/content/fr/fr.11tydata.js"), undefined);
  });

  it("is told from an ES module by its module.exports or exports.x, without import or export", () => {
    assert.equal(isCommonJs("module.exports = { lang: 'fr' };"), true);
    assert.equal(isCommonJs("exports.lang = 'fr';"), true);
    assert.equal(isCommonJs("export default { lang: 'fr' };"), false);
    assert.equal(isCommonJs("import x from 'y';\nmodule.exports = x;"), false);
    assert.equal(isCommonJs("module.exports.lang"), false);
  });

  it("is read as an ES module whose default export is module.exports, on the same lines", () => {
    const module = commonJsAsModule(
      "module.exports = {\n  a: 1,\n};",
      "file:///site/content/fr/fr.11tydata.js?_cache_bust=3",
    );
    const lines = module.split("\n");
    assert.equal(lines[1], "module.exports = {");
    assert.match(lines[0]!, /__createRequire\("file:\/\/\/site\/content\/fr\/fr\.11tydata\.js"\)/);
    assert.match(lines[0]!, /const __dirname = "\/site\/content\/fr";/);
    assert.match(module, /export default module\.exports;\n$/);
  });

  it("is only a folder data file: other modules are left to Node", () => {
    assert.equal(isFolderDataFile("file:///site/content/fr/fr.11tydata.js?_cache_bust=1"), true);
    assert.equal(isFolderDataFile("file:///site/lib/eleventy/markdown.ts"), false);
    assert.equal(isFolderDataFile("node:path"), false);
  });
});
