import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { firstParagraph } from "../../lib/eleventy/meta-description.ts";
import { sharedSite } from "../support/shared-site.ts";
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

describe("every page of the site", () => {
  it("has a meta description, and no link without an address (the breadcrumb's current item included) but the DSFR pagination's current and disabled items", async () => {
    const site = await sharedSite();
    const pages = readdirSync(site.outputDir, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".html"),
    );
    assert.ok(pages.length > 20);
    for (const file of pages) {
      const html = readFileSync(path.join(site.outputDir, file), "utf8");
      assert.match(html, /<meta name="description" content="[^"]+">/, file);
      // A `<template>` is filled by a script (the search results'), not read as it is.
      const shown = html
        .replace(/<template\b[\s\S]*?<\/template>/g, "")
        // The DSFR writes the current page and the disabled first and previous pages without href, as
        // placeholders (role="link", aria-current): Lighthouse's crawlable-anchors audit accepts them.
        .replace(
          /<a class="fr-pagination__link[^"]*"(?: aria-disabled="true" role="link"| aria-current="page")[^>]*>/g,
          "",
        );
      assert.deepEqual(shown.match(/<a\b(?![^>]*\bhref=)[^>]*>/g) ?? [], [], file);
    }
  });
});
