import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkPictograms } from "../../../lib/checks/rules/unknown-pictograms.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

/** A page whose front matter names a pictogram on line 3. */
const withPictogram = (pictogram: string) =>
  siteModel({
    pages: [{ url: "/a/", markdown: `---\ntitle: A\npictogram: ${pictogram}\n---\n`, html: "<p>A</p>" }],
  });

describe("pictograms named in front matter", () => {
  it("an unknown one is named on its line with the closest DSFR pictogram, even when no layout draws it", () => {
    assert.deepEqual(said(checkPictograms(withPictogram("map/location-franse.svg"))), [
      '[pictogram-unknown] content/a.md:3 erreur : pictogramme "map/location-franse.svg" inconnu dans le DSFR installé — vouliez-vous dire "map/location-france.svg" ?',
    ]);
  });

  it("an unknown one with no name near it says where the names are", () => {
    assert.deepEqual(said(checkPictograms(withPictogram("zzzz/inexistant-du-tout.svg"))), [
      '[pictogram-unknown] content/a.md:3 erreur : pictogramme "zzzz/inexistant-du-tout.svg" inconnu dans le DSFR installé — choisissez un nom « dossier/nom.svg » de node_modules/@gouvfr/dsfr/dist/artwork/pictograms',
    ]);
  });

  it("leaves alone pictograms of the DSFR, and values that are not names (the front matter check says those)", () => {
    assert.deepEqual(checkPictograms(withPictogram("map/location-france.svg")), []);
    assert.deepEqual(checkPictograms(withPictogram("3")), []);
  });
});

describe("pictograms named in front matter, end to end", () => {
  it("an unknown one is named on the line of its front matter", async () => {
    assert.deepEqual(await reportedUnder("defects", "content/pictogramme.md"), [
      'test/fixtures/defects/content/pictogramme.md:3 erreur : pictogramme "map/location-franse.svg" inconnu dans le DSFR installé — vouliez-vous dire "map/location-france.svg" ?',
    ]);
  });
});
