import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("anchors that do not exist stop the build", () => {
  it("a misspelt anchor on the same page and a missing anchor on another page are named, the closest heading suggested", async () => {
    const page = "test/fixtures/broken-fragment/content/index.md";
    assert.deepEqual(buildReport(await buildFixture("broken-fragment")), {
      exitCode: 1,
      findings: [
        `${page}:7 erreur : ancre "#3-sinscrire" absente de cette page — vouliez-vous dire "#3-s-inscrire" ?`,
        `${page}:7 erreur : ancre "#suite-inexistante" absente de "/autre/" — l’ancre d’un intertitre est son texte en minuscules, sans accents, les espaces remplacés par des tirets (ou l’{#id} écrit après lui)`,
      ],
    });
  });
});
