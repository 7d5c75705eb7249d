import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bodyOffset, frontMatterOf } from "../../lib/shared/front-matter-block.ts";

describe("a page's front matter block", () => {
  it("is read between the first two --- lines, as Eleventy reads it", () => {
    assert.equal(frontMatterOf("---\ntitle: A\n---\nTexte"), "\ntitle: A");
    assert.equal(frontMatterOf("Pas d’en-tête\n---\n"), undefined);
  });

  it("has the page's body start after its lines, both delimiters counted", () => {
    assert.equal(bodyOffset("---\ntitle: A\n---\nTexte"), 3);
    assert.equal(bodyOffset("---\r\ntitle: A\r\ndescription: B\r\n---\r\n\r\nTexte"), 4);
    assert.equal(bodyOffset("Pas d’en-tête"), 0);
  });
});
