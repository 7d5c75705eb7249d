import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterLine } from "../../../lib/checks/model/front-matter-line.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("front matter that breaks the schema stops the build", () => {
  it("a missing title, a key missing in a guide's folder, a wrong type and a misspelt field are each named on their line", async () => {
    const dir = "test/fixtures/front-matter/content";
    assert.deepEqual(buildReport(await buildFixture("front-matter")), {
      exitCode: 1,
      findings: [
        // Eleventy's fields, the global data's (`site`) and the folder data's are known; only the misspellings are not.
        `${dir}/champ-mal-ecrit.md:2 erreur : en-tête : paramètre « titel » inconnu — vouliez-vous dire « title » ?`,
        `${dir}/champ-mal-ecrit.md:3 erreur : en-tête : paramètre « descripton » inconnu — vouliez-vous dire « description » ?`,
        `${dir}/guide/sans-cle.md:1 erreur : en-tête : paramètre « eleventyNavigation.key » obligatoire manquant — ajoutez « eleventyNavigation.key » (un texte)`,
        `${dir}/mal-rangee.md:3 erreur : en-tête : paramètre « description » : un texte attendu, un nombre 12 reçu — écrivez « description » comme un texte`,
        `${dir}/mal-rangee.md:7 erreur : en-tête : paramètre « eleventyNavigation.order » : un nombre attendu, un texte "deux" reçu — écrivez « eleventyNavigation.order » comme un nombre`,
        `${dir}/mal-rangee.md:8 erreur : en-tête : paramètre « eleventyNavigation.titre » inconnu — vouliez-vous dire « eleventyNavigation.title » ?`,
        `${dir}/sans-titre.md:1 erreur : en-tête : paramètre « title » obligatoire manquant — ajoutez « title » (un texte)`,
      ],
    });
  });
});

describe("a field a folder's data file sets for all its pages", () => {
  it("is reported once, on the data file's line, not on each page", async () => {
    const dir = "test/fixtures/one-message-per-cause/content";
    const report = buildReport(await buildFixture("one-message-per-cause"));
    assert.deepEqual(
      report.findings.filter((line) => line.includes("order")),
      [
        `${dir}/guide/guide.11tydata.json:5 erreur : données du dossier : paramètre « eleventyNavigation.order » : un nombre attendu, un texte "deux" reçu — écrivez « eleventyNavigation.order » comme un nombre`,
      ],
    );
  });
});

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
