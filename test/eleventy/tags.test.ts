import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tagNames } from "../../lib/eleventy/tags.ts";

describe("the tags page lists the editors' tags", () => {
  it("in French alphabetical order, whatever order Eleventy met them in", () => {
    const collections = {
      all: [],
      Styles: [],
      API: [],
      navigation: [],
      Altimétrie: [],
      "Clés d’accès": [],
      Entrepôt: [],
      écriture: [],
    };
    assert.deepEqual(tagNames(collections), ["Altimétrie", "API", "Clés d’accès", "écriture", "Entrepôt", "Styles"]);
  });
});
