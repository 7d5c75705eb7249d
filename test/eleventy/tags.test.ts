import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tagNames } from "../../lib/eleventy/tags.ts";
import { buildWrittenAsIs, ODD_PAGE } from "../support/written-as-is.ts";

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

describe("a tag with &, < or quotes", () => {
  it("is shown as written on its page, in the tags list and on the pages that have it", async () => {
    const site = await buildWrittenAsIs();
    assert.match(site.html("/fr/etiquettes/r-and-d/"), /<h1>Pages avec l’étiquette « R&amp;D »<\/h1>/);
    assert.match(site.html("/fr/etiquettes/carte/"), /<title>Pages avec l’étiquette « &lt;carte&gt; » \|/);
    assert.match(
      site.html("/fr/etiquettes/guillemets-and-apostrophes/"),
      /<h1>Pages avec l’étiquette « &quot;Guillemets&quot; &amp; &#39;apostrophes&#39; »<\/h1>/,
    );
    assert.match(site.html("/fr/etiquettes/"), />R&amp;D \(1\)</);
    assert.match(site.html(decodeURI(ODD_PAGE)), /class="fr-tag" href="\/fr\/etiquettes\/carte\/">&lt;carte&gt;</);
  });
});
