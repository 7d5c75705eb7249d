import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("images that do not exist, have no size or are too big", () => {
  it("an image file that is no image (text renamed .png) is said unreadable, with no advice about its size", async () => {
    assert.deepEqual(buildReport(await buildFixture("unreadable-image")), {
      exitCode: 1,
      findings: [
        'test/fixtures/unreadable-image/content/page.md:7 erreur : fichier image illisible : "/img/capture.png" n’est pas une image PNG que les navigateurs savent afficher — exportez l’image de nouveau au format de son extension (PNG, JPEG, WebP…) et remplacez test/fixtures/unreadable-image/public/img/capture.png',
      ],
    });
  });

  it("a missing image, srcset candidate, drawing and stylesheet file are each named, the closest file suggested", async () => {
    const page = "test/fixtures/missing-image/content/index.md";
    const publicDir = "test/fixtures/missing-image/public";
    assert.deepEqual(buildReport(await buildFixture("missing-image")), {
      exitCode: 1,
      findings: [
        `${page}:11 erreur : dessin "/artwork/inconnu.svg" introuvable — ajoutez le fichier ${publicDir}/artwork/inconnu.svg, ou corrigez l’adresse`,
        `${page}:5 erreur : image "/img/carte-region.png" introuvable — vouliez-vous dire "/img/carte-regions.png" ?`,
        `${page}:7 erreur : image "/img/logos/ign.svg" introuvable — ajoutez le fichier ${publicDir}/img/logos/ign.svg, ou corrigez l’adresse`,
        `${page}:9 erreur : image "/img/carte-regions-2x.png" introuvable — vouliez-vous dire "/img/carte-regions.png" ?`,
        `${publicDir}/css/style.css:4 erreur : fichier "../fonts/marianne-absente.woff2" introuvable (url() de la feuille de style) — ajoutez le fichier ${publicDir}/fonts/marianne-absente.woff2, ou corrigez l’adresse`,
      ],
    });
  });

  it("an HTML image without width and height gets the figures to write; the same image in Markdown gets them from the build", async () => {
    assert.deepEqual(buildReport(await buildFixture("image-dimensions")), {
      exitCode: 1,
      findings: [
        'test/fixtures/image-dimensions/content/index.md:5 erreur : image "/img/carte.png" sans largeur ni hauteur — ajoutez width="400" height="300" (ou écrivez l’image en Markdown : ses dimensions sont ajoutées à la construction)',
      ],
    });
  });

  it("an image wider than 1200 px or heavier than 500 KB is a warning with its figures; one of exactly 1200 px passes", async () => {
    const publicDir = "test/fixtures/image-budget/public";
    assert.deepEqual(buildReport(await buildFixture("image-budget")), {
      exitCode: 0,
      findings: [
        `${publicDir}/img/large.png avertissement : image de 1600 × 20 px et 1 Ko : plus large que 1200 px — réduisez-la à 1200 px de large`,
        `${publicDir}/img/lourde.png avertissement : image de 100 × 100 px et 601 Ko : plus lourde que 500 Ko — compressez-la (PNG optimisé, JPEG ou WebP)`,
      ],
    });
  });
});
