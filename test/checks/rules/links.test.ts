import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineOf } from "../../../lib/shared/source-line.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

const PAGE = "test/fixtures/broken-link/content/index.md";
const BROKEN = [
  `${PAGE}:10 erreur : lien sans adresse — indiquez l’adresse de la page visée, ou retirez le lien`,
  `${PAGE}:6 erreur : lien cassé vers "/gide/" : aucune page à cette adresse — vouliez-vous dire "/guide/" ?`,
  `${PAGE}:6 erreur : lien cassé vers "/nulle-part/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
  `${PAGE}:8 erreur : lien cassé vers "/ailleurs/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
];

describe("links that lead nowhere stop the build", () => {
  it("a broken Markdown link, a broken link in a component parameter and an empty link are each named with their line, the closest page suggested", async () => {
    assert.deepEqual(buildReport(await buildFixture("broken-link")), { exitCode: 1, findings: BROKEN });
  });

  it("the same links are found, and written as the editor wrote them, in a site built under /aide/", async () => {
    assert.deepEqual(buildReport(await buildFixture("broken-link", { pathPrefix: "/aide/" })), {
      exitCode: 1,
      findings: BROKEN,
    });
  });

  it("a broken link written by a layout is said once, on the layout's line, however many pages show it", async () => {
    const { exitCode, findings } = buildReport(await buildFixture("layout-links", { layoutTargets: false }));
    const footer = "_includes/partials/footer.njk";
    assert.equal(exitCode, 1);
    assert.equal(findings.filter((line) => line.includes('"/fr/plan-du-site/"')).length, 1);
    assert.ok(
      findings.includes(
        `${footer}:${lineOf(footer, '"/fr/plan-du-site/"')} erreur : lien cassé vers "/fr/plan-du-site/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
      ),
      findings.join("\n"),
    );
  });

  it("a link whose address comes from the site's data is placed on the data file's line", async () => {
    const { findings } = buildReport(await buildFixture("layout-links", { layoutTargets: false }));
    assert.ok(
      findings.includes(
        `_data/site.json:${lineOf("_data/site.json", '"/fr/"')} erreur : lien cassé vers "/fr/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
      ),
      findings.join("\n"),
    );
    assert.deepEqual(
      findings.filter((line) => line.startsWith("test/fixtures/")),
      [],
      "nothing is blamed on the pages",
    );
  });
});
