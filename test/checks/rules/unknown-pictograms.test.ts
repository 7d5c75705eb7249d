import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkPictograms } from "../../../lib/checks/rules/unknown-pictograms.ts";
import { dsfrUrl } from "../../../lib/dsfr/paths.ts";
import { pictogramNames, resolvePictogram } from "../../../lib/dsfr/pictogram-files.ts";
import { writeSite } from "../../support/write-site.ts";

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

describe("pictograms named in front matter", () => {
  it("an unknown one is named on its line with the closest DSFR pictogram, even when no layout draws it", () => {
    const site = writeSite([
      {
        url: "/",
        source: "a.md",
        markdown: "---\ntitle: A\npictogram: map/location-franse.svg\n---\n",
        html: "<p>A</p>",
        data: { title: "A", pictogram: "map/location-franse.svg" },
      },
      {
        url: "/b/",
        source: "b.md",
        markdown: "---\ntitle: B\npictogram: map/location-france.svg\n---\n",
        html: "<p>B</p>",
        data: { title: "B", pictogram: "map/location-france.svg" },
      },
    ]);
    assert.deepEqual(checkPictograms(readSiteModel(site)).map(formatFinding), [
      `${path.join(path.dirname(site), "a.md")}:3 erreur : pictogramme "map/location-franse.svg" inconnu dans le DSFR installé — vouliez-vous dire "map/location-france.svg" ?`,
    ]);
  });
});
