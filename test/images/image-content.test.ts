import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageContentParams } from "../../lib/images/image-content.ts";

describe("the parameters of imageContent", () => {
  it("are the address, the alt text, the caption, the classes, the widths and sizes, in that order", () => {
    assert.deepEqual(
      imageContentParams([
        "/img/a.png",
        "Carte des régions",
        "Les régions en 2026",
        "frx-shadow-img",
        [600, "auto"],
        "50vw",
      ]),
      {
        params: {
          src: "/img/a.png",
          alt: "Carte des régions",
          caption: "Les régions en 2026",
          className: "frx-shadow-img",
          widths: [600, Number.POSITIVE_INFINITY],
          sizes: "50vw",
        },
        problems: [],
      },
    );
  });

  it("take the alt text as the caption when none is given, as the real documentation does", () => {
    assert.equal(imageContentParams(["/img/a.png", "Carte des régions"]).params?.caption, "Carte des régions");
    assert.equal(imageContentParams(["/img/a.png", "Carte des régions", null]).params?.caption, "Carte des régions");
  });

  it("name what is wrong: no address, a number for a text, widths that are not pixels, too many", () => {
    assert.deepEqual(imageContentParams([]).problems, [
      {
        message: "adresse de l’image manquante",
        fix: 'écrivez {% imageContent "/img/…/capture.png", "Ce que montre l’image", "Légende" %}',
      },
    ]);
    assert.deepEqual(
      imageContentParams(["/img/a.png", 12, "Légende", "", ["large"], "", "en trop"]).problems.map(
        (problem) => problem.message,
      ),
      [
        "7 paramètres au lieu de 6 au plus",
        "texte alternatif : texte attendu, reçu le nombre 12",
        'largeurs : liste de nombres de pixels attendue, reçu la liste ["large"]',
      ],
    );
  });
});
