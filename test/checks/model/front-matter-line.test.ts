import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterLine } from "../../../lib/checks/model/front-matter-line.ts";

describe("the line of a front matter field", () => {
  const source =
    "---\ntitle: Page\ntags:\n  - Un\n  - Deux\neleventyNavigation:\n  key: Page\n  order: 2\n---\n\nTexte.\n";

  it("counts the opening dashes as line 1", () => {
    assert.equal(frontMatterLine(source, ["title"]), 2);
    assert.equal(frontMatterLine(source, ["eleventyNavigation", "order"]), 8);
  });

  it("finds an item of a list", () => {
    assert.equal(frontMatterLine(source, ["tags", 1]), 5);
  });

  it("falls back to the nearest field above a missing one, then to the opening dashes", () => {
    assert.equal(frontMatterLine(source, ["eleventyNavigation", "parent"]), 6);
    assert.equal(frontMatterLine(source, ["description"]), 1);
    assert.equal(frontMatterLine("Pas d’en-tête.\n", ["title"]), 1);
  });
});
