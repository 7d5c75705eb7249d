import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("the image of a front matter, shown on the cards and tiles that lead to its page", () => {
  it("exists, says what it shows, and each problem points to its field", async () => {
    const dir = "test/fixtures/front-matter-image";
    assert.deepEqual(buildReport(await buildFixture("front-matter-image")), {
      exitCode: 1,
      findings: [
        `${dir}/content/fr/bd-topo.md:6 erreur : en-tête : image "/img/produits/bd-topo.png" : le texte alternatif "image" ne dit pas ce que montre l’image — décrivez ce que montre l’image dans « image.alt »`,
        `${dir}/content/fr/plan-ign.md:5 erreur : en-tête : image "/img/produits/plan-ig.png" introuvable — vouliez-vous dire "/img/produits/plan-ign.png" ?`,
        `${dir}/public/img/produits/plan-ign.png avertissement : image utilisée par aucune page — supprimez-la, ou citez-la dans la page qui devait la montrer`,
      ],
    });
  });
});
