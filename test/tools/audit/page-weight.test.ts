import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatWeights, pageWeight } from "../../../tools/audit/page-weight.ts";

describe("the weight of a first visit", () => {
  const weight = pageWeight(
    [
      { url: "http://127.0.0.1/aide/fr/", resourceType: "document", bytes: 4000 },
      { url: "http://127.0.0.1/aide/dsfr/dsfr-site.min.css", resourceType: "stylesheet", bytes: 36000 },
      { url: "http://127.0.0.1/aide/dsfr/1.15.3/fonts/Marianne-Regular.woff2", resourceType: "font", bytes: 58000 },
      { url: "http://127.0.0.1/aide/dsfr/1.15.3/artwork/pictograms/map/map.svg", resourceType: "other", bytes: 3000 },
      { url: "http://127.0.0.1/aide/img/guide/capture.png", resourceType: "image", bytes: 70000 },
    ],
    "/aide/img/",
  );

  it("adds the bytes by kind, pictograms drawn with <use> among the images", () => {
    assert.deepEqual(weight.byKind, { html: 4000, css: 36000, js: 0, font: 58000, image: 3000, other: 0 });
    assert.equal(weight.total, 101000);
    assert.equal(weight.requests, 5);
  });

  it("counts the content images apart from the total", () => {
    assert.equal(weight.contentImages, 70000);
  });

  it("prints one row per page in kilobytes, heaviest first", () => {
    const table = formatWeights({ "/aide/fr/leger/": { ...weight, total: 1024 }, "/aide/fr/": weight }).split("\n");
    assert.match(table[2]!, /^\/aide\/fr\/ +98\.6 +3\.9 +35\.2 /);
    assert.match(table[3]!, /^\/aide\/fr\/leger\/ +1\.0 /);
  });
});
