import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { firstParagraph } from "../../lib/eleventy/meta-description.ts";
import { buildWrittenAsIs, ODD_PAGE } from "../support/written-as-is.ts";

describe("the meta description of a page", () => {
  it("is its first paragraph when it has no description, as text, cut at a word before 160 characters", async () => {
    const site = await buildWrittenAsIs();
    assert.match(
      site.html(decodeURI(ODD_PAGE)),
      /<meta name="description" content="Une page dont le nom de fichier a des espaces et des accents, sans description : ce premier paragraphe &amp; son lien en tiennent lieu, coupés s’ils dépassent…">/,
    );
  });

  it("skips empty paragraphs and decodes the text's characters", () => {
    assert.equal(firstParagraph('<div><p class="x"> </p><p>R&amp;D <em>à</em> l’IGN</p></div>'), "R&D à l’IGN");
    assert.equal(firstParagraph("<h2>Titre</h2><ul><li>liste</li></ul>"), "");
  });
});
