import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closest, closestPath } from "../../lib/shared/closest.ts";

describe("the nearest candidate to a typo", () => {
  const pages = ["/fr/", "/fr/guides-producteur/", "/fr/guides-utilisateur/", "/fr/rediger/composants/"];

  it("is the one a few letters away, whatever the case and accents", () => {
    assert.equal(closest("/fr/gides-producteur/", pages), "/fr/guides-producteur/");
    assert.equal(closest("/FR/Rédiger/composants/", pages), "/fr/rediger/composants/");
  });

  it("is none when every candidate is too far to be a typo", () => {
    assert.equal(closest("/fr/actualites/", pages), undefined);
  });

  it("is found among thousands of candidates of other lengths, the first of equals", () => {
    const files = Array.from({ length: 5000 }, (_, n) => `/img/variantes/image-${n}-${"x".repeat(n % 40)}.avif`);
    assert.equal(closest("/js/copy-cod.js", [...files, "/js/copy-code.js", "/js/copy-node.js"]), "/js/copy-code.js");
    assert.equal(closest("/a/bc/", ["/a/bd/", "/a/be/"]), "/a/bd/");
  });
});

describe("the nearest file path", () => {
  it("compares names within the same folder only", () => {
    const files = ["partials/header.njk", "partials/footer.njk", "layouts/heder.njk"];
    assert.equal(closestPath("partials/heder.njk", files), "partials/header.njk");
    assert.equal(closestPath("components/heder.njk", files), undefined);
  });
});
