import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { packageFilesOf } from "../../lib/migrate/package-files.ts";

describe("the npm package files an eleventy-dsfr configuration publishes", () => {
  const files = packageFilesOf(`eleventyConfig.addPassthroughCopy({
    "./public/": "/",
    "./node_modules/@gouvfr/dsfr/dist/artwork": "/artwork",
    './node_modules/mermaid/dist/mermaid.min.js': '/js/mermaid.min.js',
    "./node_modules/markdown-it/dist/markdown-it.min.js": "js/markdown-it.min.js",
  });`);

  it("are read from its passthrough copies, each with the address it had", () => {
    assert.deepEqual(
      files.map((file) => `${file.from} → ${file.url}`),
      [
        "node_modules/@gouvfr/dsfr/dist/artwork → /artwork",
        "node_modules/mermaid/dist/mermaid.min.js → /js/mermaid.min.js",
        "node_modules/markdown-it/dist/markdown-it.min.js → /js/markdown-it.min.js",
      ],
    );
  });

  it("say what the generator does instead, or where to copy a file a page still asks for", () => {
    assert.match(files[0]?.note ?? "", /le générateur publie/);
    assert.match(files[1]?.note ?? "", /diagrammes à la construction/);
    assert.match(files[2]?.note ?? "", /copiez-le dans public\/js\/markdown-it\.min\.js/);
  });
});
