import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("every frame has a title that says what it holds", () => {
  it("a frame without a title, or with an empty one, is named on its line; a titled one passes", async () => {
    const page = "test/fixtures/frame-title/content/index.md";
    const fix =
      'ajoutez title="…" qui dit ce qu’il montre, par exemple « Vidéo : publier une donnée avec FME » ou « Carte des zones d’accélération »';
    // Every frame is also refused for the production CSP (active-content.ts): only the titles are this rule's.
    const { exitCode, findings } = buildReport(await buildFixture("frame-title"));
    assert.equal(exitCode, 1);
    assert.deepEqual(
      findings.filter((line) => line.includes("cadre (iframe)")),
      [
        `${page}:11 erreur : cadre (iframe) "https://macarte.ign.fr/carte/exemple" sans titre — ${fix}`,
        `${page}:7 erreur : cadre (iframe) "https://www.youtube-nocookie.com/embed/exemple" sans titre — ${fix}`,
      ],
    );
  });
});
