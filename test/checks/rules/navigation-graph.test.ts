import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

const fixture = (name: string) => `test/fixtures/${name}/content`;

describe("the navigation of each guide is a tree", () => {
  it("a parent misspelt is named with the closest key of the guide; a parent from another guide says which guide", async () => {
    const dir = fixture("navigation-parent");
    assert.deepEqual(buildReport(await buildFixture("navigation-parent")), {
      exitCode: 1,
      findings: [
        `${dir}/cartes.md:5 erreur : parent "Guides utilisateur" inconnu dans le guide "producteur" — "Guides utilisateur" est dans le guide "utilisateur" : une page et son parent doivent être dans le même guide`,
        `${dir}/connexion.md:5 erreur : parent "Présentation de cartes.gouv.fr" inconnu dans le guide "producteur" — vouliez-vous dire "Présentation de Cartes.gouv.fr" ?`,
      ],
    });
  });

  it("a page with a key but no guide is told the guide of its parent", async () => {
    assert.deepEqual(buildReport(await buildFixture("navigation-without-nav")), {
      exitCode: 1,
      findings: [
        `${fixture("navigation-without-nav")}/sans-guide.md:4 erreur : page "Page sans guide" rattachée à aucun guide (« nav » manquant) — ajoutez nav: essai dans eleventyNavigation, le guide de son parent`,
      ],
    });
  });

  it("a key used twice in a guide is named on the second page, with the first", async () => {
    const dir = fixture("navigation-duplicate-key");
    assert.deepEqual(buildReport(await buildFixture("navigation-duplicate-key")), {
      exitCode: 1,
      findings: [
        `${dir}/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "essai" par ${dir}/premiere.md — donnez à cette page une « key » unique dans son guide`,
      ],
    });
  });

  it("a loop of parents is named once, and not again for each page under it", async () => {
    const dir = fixture("navigation-cycle");
    assert.deepEqual(buildReport(await buildFixture("navigation-cycle")), {
      exitCode: 1,
      findings: [
        `${dir}/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" — rattachez l’une de ces pages (${dir}/x.md, ${dir}/y.md) à une page hors de la boucle`,
      ],
    });
  });

  it("a second page without parent in a guide is named, and not again for each page under it", async () => {
    const dir = fixture("navigation-extra-root");
    assert.deepEqual(buildReport(await buildFixture("navigation-extra-root")), {
      exitCode: 1,
      findings: [
        `${dir}/oubli.md:4 erreur : page sans parent dans le guide "essai", qui a déjà pour accueil "Accueil du guide" (${dir}/index.md) — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil du guide`,
      ],
    });
  });

  it("a parent a folder's data file gets wrong is said once, on the data file; a suggestion is never the page itself nor a page below it", async () => {
    const dir = fixture("one-message-per-cause");
    const report = buildReport(await buildFixture("one-message-per-cause"));
    assert.deepEqual(
      report.findings.filter((line) => line.includes("parent")),
      [
        `${dir}/guide/guide.11tydata.json:4 erreur : parent "Acueil" inconnu dans le guide "essai" — vouliez-vous dire "Accueil" ?`,
        `${dir}/presentation.md:5 erreur : parent "Présentatio" inconnu dans le guide "essai" — écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête`,
      ],
    );
  });
});
