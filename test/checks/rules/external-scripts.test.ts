import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("no page loads a script from another site", () => {
  it("an embedded script of another site is named on its line, the site's own scripts pass", async () => {
    assert.deepEqual(buildReport(await buildFixture("external-script")), {
      exitCode: 1,
      findings: [
        'test/fixtures/external-script/content/index.md:7 erreur : script d’un autre site "//jsfiddle.net/exemple/abc123/embed/" : la politique de sécurité du site le bloque, rien ne s’afficherait à sa place — remplacez-le par un lien vers ce qu’il montrait, ouvert dans une nouvelle fenêtre',
      ],
    });
  });
});
