import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { artworkLayersIn, artworkSvg } from "../../lib/dsfr/artwork.ts";

describe("a pictogram drawn from its SVG file", () => {
  it("uses the DSFR's three colour layers", () => {
    const svg = artworkSvg("/dsfr/artwork/pictograms/map/map.svg", 80);
    assert.deepEqual(
      [...svg.matchAll(/href="[^"]*#(artwork-\w+)"/g)].map((match) => match[1]),
      ["artwork-decorative", "artwork-minor", "artwork-major"],
    );
  });

  it("uses only the layers a pictogram of the site's own has", () => {
    const layers = artworkLayersIn(
      '<svg><symbol id="artwork-minor"></symbol><symbol id="artwork-major"></symbol></svg>',
    );
    assert.deepEqual(layers, ["minor", "major"]);
    assert.doesNotMatch(artworkSvg("/artwork/pictograms/custom/editeur.svg", 80, layers), /artwork-decorative/);
  });
});
