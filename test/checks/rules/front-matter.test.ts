import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkFrontMatter } from "../../../lib/checks/rules/front-matter.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

/** A site of one page at /page/ whose Markdown is these lines (its data: their front matter). */
const pageWith = (...lines: string[]) =>
  siteModel({ pages: [{ url: "/page/", markdown: [...lines, "", "Texte."].join("\n"), html: "<p>Texte.</p>" }] });

describe("front matter that breaks the schema", () => {
  it("a missing title is named on the opening dashes", () => {
    assert.deepEqual(said(checkFrontMatter(pageWith("---", "description: Une page sans titre.", "---"))), [
      "[front-matter-invalid] content/page.md:1 erreur : en-tête : paramètre « title » obligatoire manquant — ajoutez « title » (un texte)",
    ]);
  });

  it("a field of the wrong type is named on its line, with what was received", () => {
    assert.deepEqual(said(checkFrontMatter(pageWith("---", "title: Page", "description: 12", "---"))), [
      "[front-matter-invalid] content/page.md:3 erreur : en-tête : paramètre « description » : un texte attendu, un nombre 12 reçu — écrivez « description » comme un texte",
    ]);
  });

  it("a navigation field of the wrong type and a misspelt one are each named on their line, the right name suggested", () => {
    const model = pageWith(
      "---",
      "title: Page",
      "eleventyNavigation:",
      "    key: Page",
      "    order: deux",
      "    titre: Courte",
      "---",
    );
    assert.deepEqual(said(checkFrontMatter(model)), [
      '[front-matter-invalid] content/page.md:5 erreur : en-tête : paramètre « eleventyNavigation.order » : un nombre attendu, un texte "deux" reçu — écrivez « eleventyNavigation.order » comme un nombre',
      "[front-matter-invalid] content/page.md:6 erreur : en-tête : paramètre « eleventyNavigation.titre » inconnu — vouliez-vous dire « eleventyNavigation.title » ?",
    ]);
  });

  it("a navigation key missing where the folder's data gives the guide is named on the opening dashes", () => {
    const model = siteModel({
      pages: [
        {
          url: "/guide/sans-cle/",
          markdown: "---\ntitle: Page sans clé\n---\n\nTexte.",
          html: "<p>Texte.</p>",
          data: { title: "Page sans clé", eleventyNavigation: { nav: "essai" } },
        },
      ],
    });
    assert.deepEqual(said(checkFrontMatter(model)), [
      "[front-matter-invalid] content/guide/sans-cle.md:1 erreur : en-tête : paramètre « eleventyNavigation.key » obligatoire manquant — ajoutez « eleventyNavigation.key » (un texte)",
    ]);
  });

  it("a pictogram that is not a name is named here; a misspelt name is left to the pictogram check", () => {
    assert.deepEqual(said(checkFrontMatter(pageWith("---", "title: Page", "pictogram: 3", "---"))), [
      "[front-matter-invalid] content/page.md:3 erreur : en-tête : paramètre « pictogram » : un texte attendu, un nombre 3 reçu — écrivez « pictogram » comme un texte",
    ]);
    assert.deepEqual(checkFrontMatter(pageWith("---", "title: Page", "pictogram: carte.svg", "---")), []);
  });

  it("leaves alone valid pages, and pages not written through a layout nor as HTML", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown:
            "---\ntitle: Accueil\ndescription: L’aide.\ntags: [Un]\neleventyNavigation:\n  key: Accueil\n  nav: essai\n---",
          html: "<p>Accueil</p>",
        },
        { url: "/redirection/", html: "<meta>", data: { layout: false } },
        { url: "/sitemap.xml", data: {} },
      ],
    });
    assert.deepEqual(checkFrontMatter(model), []);
  });
});

describe("front matter that breaks the schema, end to end", () => {
  it("a missing title, a key missing in a guide's folder, a wrong type and a misspelt field are each named on their line", async () => {
    const dir = "test/fixtures/defects/content/en-tetes";
    assert.deepEqual(await reportedUnder("defects", "content/en-tetes/"), [
      `${dir}/guide/sans-cle.md:1 erreur : en-tête : paramètre « eleventyNavigation.key » obligatoire manquant — ajoutez « eleventyNavigation.key » (un texte)`,
      `${dir}/mal-rangee.md:3 erreur : en-tête : paramètre « description » : un texte attendu, un nombre 12 reçu — écrivez « description » comme un texte`,
      `${dir}/mal-rangee.md:7 erreur : en-tête : paramètre « eleventyNavigation.order » : un nombre attendu, un texte "deux" reçu — écrivez « eleventyNavigation.order » comme un nombre`,
      `${dir}/mal-rangee.md:8 erreur : en-tête : paramètre « eleventyNavigation.titre » inconnu — vouliez-vous dire « eleventyNavigation.title » ?`,
      `${dir}/sans-titre.md:1 erreur : en-tête : paramètre « title » obligatoire manquant — ajoutez « title » (un texte)`,
    ]);
  });
});
