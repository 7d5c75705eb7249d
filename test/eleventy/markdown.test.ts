import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sindresorhusSlugify from "@sindresorhus/slugify";
import { createMarkdown } from "../../lib/eleventy/markdown.ts";
import { frenchTypography } from "../../lib/markdown/french-typography.ts";
import { slugify, uniqueSlug } from "../../lib/markdown/slugify.ts";
import { BuildContext } from "../../lib/pipeline/build-context.ts";

const md = createMarkdown({ build: new BuildContext(), publicDir: "test/fixtures/markdown/public" });

describe("slugs", () => {
  it("drop accents, apostrophes and punctuation from French headings, as Eleventy's slugify filter does", () => {
    assert.equal(slugify("3 - S’inscrire à l’espace : étape n° 2"), "3-s-inscrire-a-l-espace-etape-n-2");
    assert.equal(slugify("Search_Layer & CARTO_PLUS"), "search-layer-and-carto-plus");
  });

  it("are those of @sindresorhus/slugify, character by character in Latin script", () => {
    const headings = [
      "Qu’est-ce que l’API Entrepôt ?",
      "« Données » & métadonnées : l’Œuvre, ça marche ! (ß, ñ, ø, æ, đ, ł)",
      "GET /datastores/{datastore}/stored_data?page=2 — 50 % it's done",
      "Ünïcödé Crème brûlée – n° 3 \\ «test»",
      "Données en кириллице et 🦄",
    ];
    for (const heading of headings)
      assert.equal(slugify(heading), sindresorhusSlugify(heading, { decamelize: false }), heading);
  });

  it("are made unique within a page with a suffix numbered from 1, as markdown-it-anchor does", () => {
    const taken = new Set<string>();
    assert.deepEqual(
      [uniqueSlug("Étape", taken), uniqueSlug("étape", taken), uniqueSlug("Etape", taken)],
      ["etape", "etape-1", "etape-2"],
    );
  });
});

describe("headings", () => {
  it("get a stable French slug as id", () => {
    assert.match(md.render("## 2 - Se connecter"), /<h2 id="2-se-connecter">2 - Se connecter<\/h2>/);
  });

  it("are slugged from the words they show: code kept, emphasis and markup left out, as eleventy-dsfr's anchors", () => {
    assert.match(
      md.render('#### `Search_Layer` ou *index* <span lang="en">custom</span>'),
      /<h4 id="search-layer-ou-index-custom">/,
    );
    assert.match(md.render("##### Admin Express CARTO_PLUS PE"), /<h5 id="admin-express-carto-plus-pe">/);
  });

  it("with the same text get distinct ids", () => {
    const html = md.render("## Exemple\n\n## Exemple\n");
    assert.match(html, /id="exemple">/);
    assert.match(html, /id="exemple-1">/);
  });

  it("keep the id an editor set with markdown-it-attrs, and others avoid it", () => {
    const html = md.render("## Premier\n\n## Autre {id=premier}\n");
    assert.match(html, /<h2 id="premier">Autre<\/h2>/);
    assert.match(html, /<h2 id="premier-1">Premier<\/h2>/);
  });
});

describe("French typography", () => {
  it("makes the space before : ; ! ? and inside « » non-breaking", () => {
    assert.equal(
      frenchTypography("Attention : « oui » ; non ! Vraiment ?"),
      "Attention\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f! Vraiment\u202f?",
    );
  });

  it("leaves URLs, times and code alone", () => {
    assert.equal(frenchTypography("https://cartes.gouv.fr à 10:30"), "https://cartes.gouv.fr à 10:30");
    assert.match(md.render("`a : b`"), /<code>a : b<\/code>/);
  });
});

describe("Markdown rendering", () => {
  it("wraps tables in the DSFR table structure", () => {
    const html = md.render("| A | B |\n|---|---|\n| 1 | 2 |\n");
    assert.match(
      html,
      /^<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="Tableau"><div class="fr-table__content">\n<table>/,
    );
    assert.match(html, /<\/table>\n<\/div><\/div><\/div><\/div>\n$/);
  });

  it("applies classes in braces to images, and writes their size when the file exists", () => {
    const html = md.render("![Un point rouge](/img/point.png){.fr-responsive-img .frx-border-img}");
    assert.match(
      html,
      /<img src="\/img\/point\.png" alt="Un point rouge" class="fr-responsive-img frx-border-img" width="3" height="2" loading="lazy" decoding="async">/,
    );
  });

  it("keeps raw HTML", () => {
    assert.match(
      md.render('<a href="https://cartes.gouv.fr" target="_blank">x</a>'),
      /<a href="https:\/\/cartes\.gouv\.fr" target="_blank">x<\/a>/,
    );
  });
});
