import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "../../lib/eleventy/markdown.ts";
import { IMAGE_SETTINGS, isResponsiveCandidate, planResponsiveImage } from "../../lib/images/responsive-image.ts";
import { BuildContext } from "../../lib/pipeline/build-context.ts";

/** Markdown whose every image of the site is planned as a 1200 × 750 screenshot, without encoding anything. */
const md = createMarkdown({
  build: new BuildContext(),
  publicDir: "test/fixtures/markdown/public",
  images: {
    plan: (src) =>
      isResponsiveCandidate(src, IMAGE_SETTINGS)
        ? planResponsiveImage(
            src,
            { width: 1200, height: 750, contentHash: "d".repeat(64) },
            { ...IMAGE_SETTINGS, encoderVersion: "test" },
          )
        : undefined,
  },
});

describe("Markdown images", () => {
  it("become a <picture> of AVIF and WebP variants, the original with its classes, alt and size as the fallback", () => {
    const html = md.render("![Un point rouge](/img/point.png){.fr-responsive-img .frx-border-img}");
    assert.match(html, /^<p><picture><source type="image\/avif" srcset="\/img\/point-375w\.[0-9a-f]{8}\.avif 375w, /);
    assert.match(html, /<source type="image\/webp" srcset="\/img\/point-375w\.[0-9a-f]{8}\.webp 375w, /);
    assert.match(
      html,
      /<img src="\/img\/point\.png" alt="Un point rouge" class="fr-responsive-img frx-border-img" width="1200" height="750" loading="lazy" decoding="async"><\/picture><\/p>/,
    );
  });

  it("published as they are keep their <img>, with their size read from the file", () => {
    assert.match(
      md.render("![Un point](/img/point.gif) ![Ailleurs](https://example.org/a.png)"),
      /<img src="\/img\/point\.gif" alt="Un point" loading="lazy" decoding="async"> <img src="https:\/\/example\.org\/a\.png" alt="Ailleurs" loading="lazy" decoding="async">/,
    );
  });

  it("keep the srcset an editor wrote themselves, and a decorative mark", () => {
    const html = md.render('![](/img/point.png){srcset="/img/point-2x.png 2x" data-decorative}');
    assert.doesNotMatch(html, /<picture>/);
    assert.match(
      html,
      /<img src="\/img\/point\.png" alt="" width="3" height="2" loading="lazy" decoding="async" srcset="\/img\/point-2x\.png 2x" data-decorative>/,
    );
  });
});
