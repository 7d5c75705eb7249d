import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { convertDataFile, isCommonJs } from "../../lib/migrate/data-files.ts";

describe("a CommonJS directory data file", () => {
  it("becomes JSON with the same data when it holds data only", () => {
    const converted = convertDataFile(
      "content/fr/a/a.11tydata.js",
      'module.exports = {\n  layout: "layouts/article.njk",\n  segments: [{ url: "/a/", title: "A" }],\n  eleventyNavigation: { parent: "A" },\n};\n',
    );
    assert.equal(converted.target, "content/fr/a/a.11tydata.json");
    assert.equal(converted.kind, "json");
    assert.deepEqual(JSON.parse(converted.content), {
      layout: "layouts/article.njk",
      segments: [{ url: "/a/", title: "A" }],
      eleventyNavigation: { parent: "A" },
    });
  });

  it("keeps its code under .cjs when it computes something, naming what", () => {
    const code = "module.exports = { lang: 'fr', permalink: function (data) { return data.slugOverride; } };\n";
    const converted = convertDataFile("content/fr/fr.11tydata.js", code);
    assert.deepEqual(converted, {
      target: "content/fr/fr.11tydata.cjs",
      content: code,
      kind: "cjs",
      reason: "contient du code (permalink) : gardé en CommonJS, sous l’extension .cjs",
    });
  });

  it("keeps a module that exports a function, or that needs other modules, as it is under .cjs", () => {
    assert.equal(convertDataFile("x.11tydata.js", "module.exports = function () { return {}; };").kind, "cjs");
    const needing = convertDataFile("y.11tydata.js", 'const path = require("path");\nmodule.exports = { a: 1 };');
    assert.equal(needing.kind, "cjs");
    assert.match(needing.reason, /son code ne s’exécute pas seul/);
  });

  it("is told apart from an ES module, which this project loads as it is", () => {
    assert.equal(isCommonJs("module.exports = { a: 1 };"), true);
    assert.equal(isCommonJs("exports.a = 1;"), true);
    assert.equal(isCommonJs("export default { a: 1 };"), false);
  });
});
