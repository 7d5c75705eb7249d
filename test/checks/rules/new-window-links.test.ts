import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("links that open a new window say so and protect the page", () => {
  it("a link without rel and title, and one without title, get the exact attributes to add; a complete one passes", async () => {
    const page = "test/fixtures/new-window/content/index.md";
    assert.deepEqual(buildReport(await buildFixture("new-window")), {
      exitCode: 1,
      findings: [
        `${page}:5 erreur : le lien "licence" ouvre une nouvelle fenêtre sans titre qui l’annonce — ajoutez title="licence - ouvre une nouvelle fenêtre"`,
        `${page}:5 erreur : le lien "site de l’État" ouvre une nouvelle fenêtre sans rel="noopener" ni titre qui l’annonce — ajoutez rel="noopener" title="site de l’État - ouvre une nouvelle fenêtre"`,
      ],
    });
  });
});
