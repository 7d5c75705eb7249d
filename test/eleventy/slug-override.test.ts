import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { slugOverridePermalink } from "../../lib/eleventy/slug-override.ts";
import { buildFixture } from "../support/build-fixture.ts";

const slugify = (text: string) => text.toLowerCase().replace(/\s+/g, "-");

describe("slugOverride", () => {
  it("publishes a page at /<lang>/<slug>/, whatever its file is called", async () => {
    const site = await buildFixture("dsfr-fields");
    assert.match(site.html("/fr/premiers-pas/"), /<h1>Premiers pas<\/h1>/);
  });

  it("takes the language from `lang`, or else from the page's first folder", () => {
    assert.equal(slugOverridePermalink({ slugOverride: "Premiers pas", lang: "en" }, slugify), "/en/premiers-pas/");
    assert.equal(
      slugOverridePermalink({ slugOverride: "premiers-pas", page: { filePathStem: "/fr/first-steps/index" } }, slugify),
      "/fr/premiers-pas/",
    );
  });

  it("leaves the other pages at the address of their file", () => {
    assert.equal(slugOverridePermalink({ page: { filePathStem: "/fr/guide/page" } }, slugify), undefined);
    assert.equal(slugOverridePermalink({ slugOverride: " ", lang: "fr" }, slugify), undefined);
  });
});
