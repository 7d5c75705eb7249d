import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dataFileLayouts, frontMatterLayouts } from "../../lib/layouts/layout-references.ts";

describe("the layouts a site names", () => {
  it("are read from a page's front matter, with the line of the field", () => {
    const page =
      "---\ntitle: Page\nlayout: 'layouts/article.njk' # la mise en page\n---\n\nlayout: pas dans l’en-tête\n";
    assert.deepEqual(frontMatterLayouts("content/page.md", page), [
      { file: "content/page.md", line: 3, name: "layouts/article.njk" },
    ]);
  });

  it("a page without layout, or with layout: false, names none", () => {
    assert.deepEqual(frontMatterLayouts("a.md", "---\ntitle: Page\n---\nlayout: x\n"), []);
    assert.deepEqual(frontMatterLayouts("a.md", "---\nlayout: false\n---\n"), []);
    assert.deepEqual(frontMatterLayouts("a.md", "Sans en-tête.\n"), []);
  });

  it("are read from folder data files in JSON and in CommonJS, with their line", () => {
    assert.deepEqual(dataFileLayouts("d/d.11tydata.json", '{\n  "layout": "layouts/page.njk"\n}\n'), [
      { file: "d/d.11tydata.json", line: 2, name: "layouts/page.njk" },
    ]);
    const commonJs = 'module.exports = {\n    segments: [],\n    layout: "layouts/partenaire/article.njk",\n};\n';
    assert.deepEqual(dataFileLayouts("d/d.11tydata.cjs", commonJs), [
      { file: "d/d.11tydata.cjs", line: 3, name: "layouts/partenaire/article.njk" },
    ]);
  });
});
