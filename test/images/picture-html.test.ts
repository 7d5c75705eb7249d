import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { figureHtml, figureImageClasses, pictureHtml } from "../../lib/images/picture-html.ts";
import { IMAGE_SETTINGS, planResponsiveImage } from "../../lib/images/responsive-image.ts";

const image = planResponsiveImage(
  "/img/capture.png",
  { width: 1200, height: 750, contentHash: "c".repeat(64) },
  { ...IMAGE_SETTINGS, encoderVersion: "test" },
);

describe("the markup of a content image", () => {
  it("is a <picture> of AVIF then WebP sources around the original's lazy <img>, its size written in", () => {
    const html = pictureHtml(image, {
      src: "/img/capture.png",
      alt: "L’accueil « cartes »",
      className: "fr-responsive-img",
    });
    assert.match(
      html,
      /^<picture><source type="image\/avif" srcset="[^"]+ 375w, [^"]+ 750w, [^"]+ 1200w" sizes="[^"]+"><source type="image\/webp" /,
    );
    assert.match(
      html,
      /<img src="\/img\/capture\.png" alt="L’accueil « cartes »" class="fr-responsive-img" width="1200" height="750" loading="lazy" decoding="async"><\/picture>$/,
    );
  });

  it("is the <img> alone for an image published as it is, with its size when known", () => {
    assert.equal(
      pictureHtml(undefined, { src: "/img/anim.gif", alt: "Avant, après", size: { width: 40, height: 30 } }),
      '<img src="/img/anim.gif" alt="Avant, après" width="40" height="30" loading="lazy" decoding="async">',
    );
    assert.equal(
      pictureHtml(undefined, { src: "/img/x.svg" }),
      '<img src="/img/x.svg" loading="lazy" decoding="async">',
    );
  });

  it("keeps the editor's attributes, theirs winning over the defaults, and escapes them", () => {
    const html = pictureHtml(image, {
      src: "/img/capture.png",
      alt: "",
      extra: [
        ["title", 'a "b" <c>'],
        ["loading", "eager"],
        ["data-decorative", ""],
      ],
    });
    assert.match(
      html,
      /alt="" width="1200" height="750" loading="eager" decoding="async" title="a &quot;b&quot; &lt;c&gt;" data-decorative>/,
    );
  });

  it("leaves the size to an editor who gave a width or a height", () => {
    const html = pictureHtml(image, { src: "/img/capture.png", alt: "A", extra: [["width", "600"]] });
    assert.match(html, /<img src="\/img\/capture\.png" alt="A" loading="lazy" decoding="async" width="600">/);
  });
});

describe("a figure", () => {
  it("is the DSFR's content media, named by its caption as RGAA 1.9 asks", () => {
    assert.equal(
      figureHtml("<img>", "Le formulaire « Inscription » & ses champs"),
      '<figure class="fr-content-media" aria-label="Le formulaire « Inscription » &amp; ses champs"><img><figcaption class="fr-content-media__caption">Le formulaire « Inscription » &amp; ses champs</figcaption></figure>',
    );
  });

  it("gives its image the site's figure class instead of fr-responsive-img, which the DSFR crops to 16:9 there", () => {
    assert.equal(figureImageClasses("fr-responsive-img frx-border-img"), "frx-figure__img frx-border-img");
    assert.equal(figureImageClasses(undefined), "frx-figure__img");
  });
});
