import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterOf } from "../../lib/pipeline/front-matter-syntax.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

describe("front matter that YAML cannot read", () => {
  it("is reported for every page at once, while the other pages are still built and checked", async () => {
    const report = buildReport(await buildFixture("yaml-errors-and-more"));
    assert.equal(report.exitCode, 1);
    const fixture = "test/fixtures/yaml-errors-and-more/content";
    assert.deepEqual(
      report.findings.filter((line) => !line.includes("avertissement")),
      [
        `${fixture}/index.md:5 erreur : lien cassé vers "/fr/absente/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
        `${fixture}/premiere.md:3 erreur : en-tête YAML illisible : indentation incorrecte, ou deux-points dans une valeur sans guillemets — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
        `${fixture}/seconde.md:5 erreur : en-tête YAML illisible : il manque les deux-points après le nom du champ (« champ: valeur ») — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
      ],
    );
  });

  it("is read between the first two --- lines, as Eleventy reads it", () => {
    assert.equal(frontMatterOf("---\ntitle: A\n---\nTexte"), "\ntitle: A");
    assert.equal(frontMatterOf("Pas d’en-tête\n---\n"), undefined);
  });
});
