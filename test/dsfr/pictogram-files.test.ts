import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import { pictogramNames, resolvePictogram } from "../../lib/dsfr/pictogram-files.ts";

describe("pictograms", () => {
  it("resolve a DSFR name to its file and its URL on the site", () => {
    assert.deepEqual(resolvePictogram("map/location-france.svg"), {
      file: "node_modules/@gouvfr/dsfr/dist/artwork/pictograms/map/location-france.svg",
      url: dsfrUrl("artwork/pictograms/map/location-france.svg"),
      fromDsfr: true,
    });
  });

  it("resolve the site's own pictograms after the DSFR's", () => {
    const sources = {
      dsfrDir: "node_modules/@gouvfr/dsfr/dist/artwork/pictograms",
      siteDir: "node_modules/@gouvfr/dsfr/dist/artwork",
    };
    assert.equal(
      resolvePictogram("pictograms/map/map.svg", sources)?.url,
      "/artwork/pictograms/pictograms/map/map.svg",
    );
  });

  it("do not resolve an unknown name or a path leaving the folder", () => {
    assert.equal(resolvePictogram("map/location-franse.svg"), undefined);
    assert.equal(resolvePictogram("../../../package.json"), undefined);
  });

  it("list every installed name for suggestions", () => {
    const names = pictogramNames();
    assert.ok(names.length > 100);
    assert.ok(names.includes("map/location-france.svg"));
  });
});
