import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

describe("content images in a built page", () => {
  let site: BuiltSite;
  let html: string;
  before(async () => {
    site = await buildFixture("figures");
    html = site.html("/");
  });

  it("build without a problem, every variant published beside its original", () => {
    assert.deepEqual(buildReport(site), { exitCode: 0, findings: [] });
    const variants = [...html.matchAll(/srcset="([^"]+)"/g)].flatMap((match) =>
      match[1]!.split(", ").map((candidate) => candidate.split(" ")[0]!),
    );
    assert.equal(variants.length, 2 * 2 * 2);
    for (const url of variants) assert.ok(existsSync(path.join(site.outputDir, url)), url);
    assert.deepEqual(site.images && [site.images.originals, site.images.variants], [2, 4]);
  });

  it("load the page's first image at once and first, and the others lazily", () => {
    const images = [...html.matchAll(/<img [^>]*>/g)].map((match) => match[0]);
    assert.equal(images.length, 5);
    assert.match(images[0]!, /src="\/img\/accueil\.png" [^>]*loading="eager" fetchpriority="high">/);
    for (const image of images.slice(1)) assert.match(image, /loading="lazy" decoding="async"/);
  });

  it("with a Markdown title or through imageContent are DSFR figures with their caption", () => {
    const figures = [
      ...html.matchAll(
        /<figure class="fr-content-media" aria-label="([^"]+)"><picture>.*?<img [^>]*class="([^"]+)"[^>]*><\/picture><figcaption class="fr-content-media__caption">([^<]+)<\/figcaption><\/figure>/g,
      ),
    ];
    assert.deepEqual(
      figures.map(([, label, classes, caption]) => [label, classes, caption]),
      [
        ["Le formulaire d’inscription", "frx-figure__img frx-border-img", "Le formulaire d’inscription"],
        [
          "Le même formulaire, par le shortcode",
          "frx-figure__img frx-border-img",
          "Le même formulaire, par le shortcode",
        ],
        ["Formulaire rempli, prêt à valider", "frx-figure__img", "Formulaire rempli, prêt à valider"],
      ],
    );
  });

  it("through imageContent end their block, so that a container written after them is drawn", () => {
    assert.match(html, /<\/figure>\s*<div class="fr-alert fr-alert--info"/);
    assert.doesNotMatch(html, /:::/);
  });

  it("keep an animated GIF as it is, in its figure, with its size", () => {
    assert.match(
      html,
      /<figure class="fr-content-media" aria-label="Avant, après : la carte se met à jour"><img src="\/img\/avant-apres\.gif" alt="Avant, après : la carte se met à jour" class="frx-figure__img" width="16" height="10" loading="lazy" decoding="async"><figcaption/,
    );
  });
});

describe("a wrong imageContent call", () => {
  it("is named on its line with the fix, the build refused", async () => {
    const file = "test/fixtures/image-content-errors/content/index.md";
    assert.deepEqual(buildReport(await buildFixture("image-content-errors")), {
      exitCode: 1,
      findings: [
        `${file}:6 erreur : imageContent : adresse de l’image manquante — écrivez {% imageContent "/img/…/capture.png", "Ce que montre l’image", "Légende" %}`,
        `${file}:8 erreur : imageContent : largeurs : liste de nombres de pixels attendue, reçu le texte "large" — écrivez par exemple [375, 750] (ou "auto" pour la largeur du fichier)`,
      ],
    });
  });
});
