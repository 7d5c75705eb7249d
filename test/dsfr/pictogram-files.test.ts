import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import { dsfrArtworkNamedIn, pictogramNames, resolvePictogram } from "../../lib/dsfr/pictogram-files.ts";

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

  it("found in a page under /artwork/, as eleventy-dsfr publishes them, are the DSFR's files the site has not, but those drawn under the DSFR's version", () => {
    const html = [
      '<use href="/aide/artwork/pictograms/digital/ecosystem.svg#artwork-minor"></use>',
      '<use href="/artwork/pictograms/digital/ecosystem.svg#artwork-major"></use>',
      '<img src="/artwork/pictograms/custom/editor.svg">',
      '<img src="/artwork/background/ovoid.svg">',
      '<img src="/artwork/pictograms/../../../package.json.svg">',
      `<use href="${dsfrUrl("artwork/pictograms/map/map.svg")}#artwork-major"></use>`,
    ].join("\n");
    assert.deepEqual(
      dsfrArtworkNamedIn(html, "public").map((artwork) => artwork.url),
      ["/artwork/pictograms/digital/ecosystem.svg", "/artwork/background/ovoid.svg"],
    );
    assert.deepEqual(dsfrArtworkNamedIn(html, "node_modules/@gouvfr/dsfr/dist"), []);
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
