import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { redirectTarget } from "../../../public/js/redirect-target.js";

describe("where a moved page sends its reader", () => {
  it("to the new address with the old query, its parameters renamed, and the fragment", () => {
    assert.equal(
      redirectTarget(
        "https://cartes.gouv.fr/aide/fr/recherche/",
        "https://cartes.gouv.fr/aide/fr/search-results/?term=cl%C3%A9&x=1#r",
        {
          term: "q",
        },
      ),
      "https://cartes.gouv.fr/aide/fr/recherche/?q=cl%C3%A9&x=1#r",
    );
  });

  it("to the new address alone when the old one had no query", () => {
    assert.equal(
      redirectTarget("https://cartes.gouv.fr/aide/fr/plan-du-site/", "https://cartes.gouv.fr/aide/plan-du-site/", {}),
      "https://cartes.gouv.fr/aide/fr/plan-du-site/",
    );
  });
});
