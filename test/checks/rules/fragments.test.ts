import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("anchors that do not exist stop the build", () => {
  it("a misspelt anchor on the same page, a missing anchor on another page and a misspelt pictogram layer are named, the closest suggested; a layer a pictogram lacks is no fault", async () => {
    const page = "test/fixtures/broken-fragment/content/index.md";
    assert.deepEqual(buildReport(await buildFixture("broken-fragment")), {
      exitCode: 1,
      findings: [
        `${page}:7 erreur : ancre "#3-sinscrire" absente de cette page — vouliez-vous dire "#3-s-inscrire" ?`,
        `${page}:7 erreur : ancre "#suite-inexistante" absente de "/autre/" — l’ancre d’un intertitre est son texte en minuscules, sans accents, les espaces remplacés par des tirets (ou l’{#id} écrit après lui)`,
        `${page}:9 erreur : ancre "#artwork-majr" absente de "/artwork/pictograms/custom/editeur.svg" — vouliez-vous dire "#artwork-major" ?`,
      ],
    });
  });
});
