import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tagNames, tagPageSignature, tagPagesOf } from "../../lib/eleventy/tags.ts";
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

describe("the page of each tag", () => {
  const item = (url: string | false, title: string, tags: unknown) => ({
    url,
    inputPath: `./content${url}.md`,
    data: { title, description: `À propos de ${title}`, tags },
  });

  it("lists the pages with the tag in Eleventy's order, once each, the tags in French alphabetical order", () => {
    const tagPages = tagPagesOf([
      item("/fr/a/", "A", ["Styles", "API", "Styles"]),
      item("/fr/b/", "B", "API"),
      item("/fr/c/", "C", ["Édition"]),
    ]);
    assert.deepEqual(
      tagPages.map((page) => [page.tag, page.url, page.pages.map((listed) => listed.title)]),
      [
        ["API", "/fr/etiquettes/api/", ["A", "B"]],
        ["Édition", "/fr/etiquettes/edition/", ["C"]],
        ["Styles", "/fr/etiquettes/styles/", ["A"]],
      ],
    );
    assert.deepEqual(tagPages[0]!.pages[0], { url: "/fr/a/", title: "A", description: "À propos de A" });
  });

  it("leaves out pages without an address and names that are collections of the generator", () => {
    const tagPages = tagPagesOf([item(false, "Sans adresse", ["API"]), item("/fr/d/", "D", ["all", "tagPages"])]);
    assert.deepEqual(tagPages, []);
  });

  it("has a signature that changes with what it shows", () => {
    const [page] = tagPagesOf([item("/fr/a/", "A", ["API"])]);
    const [retitled] = tagPagesOf([item("/fr/a/", "A renommée", ["API"])]);
    assert.notEqual(tagPageSignature(page!), tagPageSignature(retitled!));
  });
});
