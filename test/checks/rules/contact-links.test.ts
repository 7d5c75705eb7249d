import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("e-mail and phone links are well formed", () => {
  it("an address without its domain and a phone number with letters are named; well-formed ones pass", async () => {
    const page = "test/fixtures/contact-links/content/index.md";
    assert.deepEqual(buildReport(await buildFixture("contact-links")), {
      exitCode: 1,
      findings: [
        `${page}:5 erreur : adresse de courriel "geoplateforme@ign" mal formée — écrivez mailto:nom@domaine.fr (par exemple mailto:geoplateforme@ign.fr)`,
        `${page}:7 erreur : numéro de téléphone "01-23-AB" mal formé — écrivez tel: suivi des chiffres, au format international : tel:+33123456789`,
      ],
    });
  });
});
