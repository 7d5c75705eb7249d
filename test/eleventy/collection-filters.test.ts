import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { filterCollectionLang, filterRoot } from "../../lib/eleventy/collection-filters.ts";
import type { CollectionItem } from "../../lib/eleventy/eleventy-shapes.ts";

const page = (inputPath: string, url: string, lang?: string): CollectionItem => ({
  inputPath,
  url,
  data: lang ? { lang } : {},
});
const pages = [
  page("./content/fr/partenaires.md", "/fr/partenaires/", "fr"),
  page("./content/fr/partenaires/ign.md", "/fr/partenaires/ign/", "fr"),
  page("./content/fr/partenaires/ign/actualites.md", "/fr/partenaires/ign/actualites/", "fr"),
  page("./content/en/partners/ign.md", "/en/partners/ign/"),
];

describe("the collection filters of eleventy-dsfr bodies", () => {
  it("filterRoot keeps the pages right in a folder, not those of its sub-folders", () => {
    assert.deepEqual(
      filterRoot(pages, "./content/fr/partenaires/").map((item) => item.url),
      ["/fr/partenaires/ign/"],
    );
  });

  it("filterCollectionLang keeps the pages of a language, by their lang or else their first folder", () => {
    assert.deepEqual(
      filterCollectionLang(pages, "en").map((item) => item.url),
      ["/en/partners/ign/"],
    );
    assert.equal(filterCollectionLang(pages, "fr").length, 3);
  });
});
