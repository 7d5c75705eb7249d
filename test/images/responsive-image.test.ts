import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  IMAGE_SETTINGS,
  isResponsiveCandidate,
  planResponsiveImage,
  type ResponsiveImageSettings,
  scaledHeight,
  variantKey,
  variantWidths,
} from "../../lib/images/responsive-image.ts";

const settings: ResponsiveImageSettings = { ...IMAGE_SETTINGS, encoderVersion: "sharp 0.35.5 / libvips 8.18.7" };
const original = { width: 1200, height: 750, contentHash: "a".repeat(64) };

describe("the widths of an image's variants", () => {
  it("are the wanted ones narrower than the original, with its own width in place of wider ones", () => {
    assert.deepEqual(variantWidths(1200, [375, 750, 1200]), [375, 750, 1200]);
    assert.deepEqual(variantWidths(800, [375, 750, 1200]), [375, 750, 800]);
    assert.deepEqual(variantWidths(300, [375, 750, 1200]), [300]);
    assert.deepEqual(variantWidths(2400, [1200, 375, 750, 750]), [375, 750, 1200]);
    assert.deepEqual(variantWidths(900, [400, Number.POSITIVE_INFINITY]), [400, 900]);
  });

  it("give heights rounded as sharp rounds them, the original's own height at its width", () => {
    assert.equal(scaledHeight({ width: 1200, height: 750 }, 375), 234);
    assert.equal(scaledHeight({ width: 1200, height: 751 }, 1200), 751);
    assert.equal(scaledHeight({ width: 4000, height: 1 }, 375), 1);
  });
});

describe("the cache key of a variant", () => {
  it("changes with the bytes, the format, the width, the settings and the encoder, and only with them", () => {
    const key = variantKey(original.contentHash, "avif", 750, { quality: 60, effort: 3 }, settings.encoderVersion);
    assert.match(key, /^[0-9a-f]{32}$/);
    assert.equal(
      key,
      variantKey(original.contentHash, "avif", 750, { quality: 60, effort: 3 }, settings.encoderVersion),
    );
    const others = [
      variantKey("b".repeat(64), "avif", 750, { quality: 60, effort: 3 }, settings.encoderVersion),
      variantKey(original.contentHash, "webp", 750, { quality: 60, effort: 3 }, settings.encoderVersion),
      variantKey(original.contentHash, "avif", 375, { quality: 60, effort: 3 }, settings.encoderVersion),
      variantKey(original.contentHash, "avif", 750, { quality: 61, effort: 3 }, settings.encoderVersion),
      variantKey(original.contentHash, "avif", 750, { quality: 60, effort: 4 }, settings.encoderVersion),
      variantKey(original.contentHash, "avif", 750, { quality: 60, effort: 3 }, "sharp 0.36.0 / libvips 8.19.0"),
    ];
    assert.equal(new Set([key, ...others]).size, 7);
  });
});

describe("the plan of an image", () => {
  const image = planResponsiveImage("/img/guides/capture.png", original, settings);

  it("offers AVIF then WebP at each width, beside the original, the key's start in the name", () => {
    assert.deepEqual(
      image.sources.map((source) => source.type),
      ["image/avif", "image/webp"],
    );
    assert.match(
      image.sources[0]!.srcset,
      /^\/img\/guides\/capture-375w\.[0-9a-f]{8}\.avif 375w, \/img\/guides\/capture-750w\.[0-9a-f]{8}\.avif 750w, \/img\/guides\/capture-1200w\.[0-9a-f]{8}\.avif 1200w$/,
    );
    assert.equal(image.variants.length, 6);
    assert.ok(image.variants.every((variant) => variant.url.includes(variant.key.slice(0, 8))));
    assert.deepEqual(
      [image.src, image.width, image.height, image.sizes],
      ["/img/guides/capture.png", 1200, 750, settings.sizes],
    );
  });

  it("takes the widths and sizes an editor chose for it", () => {
    const chosen = planResponsiveImage("/img/a.png", original, settings, { widths: [600], sizes: "50vw" });
    assert.deepEqual(
      chosen.variants.map((variant) => `${variant.format} ${variant.width}×${variant.height}`),
      ["avif 600×375", "webp 600×375"],
    );
    assert.equal(chosen.sizes, "50vw");
  });
});

describe("the images given variants", () => {
  it("are the site's PNG, JPEG and WebP files, not SVG, GIF or another site's", () => {
    assert.equal(isResponsiveCandidate("/img/a.PNG?v=1", settings), true);
    assert.equal(isResponsiveCandidate("/img/photo.jpeg", settings), true);
    assert.equal(isResponsiveCandidate("/img/a.svg", settings), false);
    assert.equal(isResponsiveCandidate("/img/avant-apres.gif", settings), false);
    assert.equal(isResponsiveCandidate("https://example.org/a.png", settings), false);
    assert.equal(isResponsiveCandidate("//example.org/a.png", settings), false);
    assert.equal(isResponsiveCandidate("img/relative.png", settings), false);
  });
});
