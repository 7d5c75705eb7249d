import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DSFR_DIST } from "../lib/content/dsfr-paths.ts";
import { classesIn, dsfrStylesheet } from "../lib/content/dsfr-stylesheet.ts";

describe("the site's DSFR stylesheet holds only what its pages use", () => {
  const tilePage = dsfrStylesheet(new Set(classesIn('<div class="fr-grid-row"><div class="fr-tile fr-enlarge-link"><h3 class="fr-tile__title">x</h3></div></div>')), "1.15.3/");
  const bare = dsfrStylesheet(new Set(classesIn('<div class="fr-container frx-page-title"></div>')), "1.15.3/");

  it("includes a used component with the components it depends on, in the DSFR's order", () => {
    assert.deepEqual(tilePage.components, ["button", "link", "tile"]);
    assert.match(tilePage.css, /\.fr-tile\{/);
  });

  it("leaves out the components no page uses, even those that style a core class", () => {
    assert.deepEqual(bare.components, []);
    assert.doesNotMatch(bare.css, /\.fr-tile\{|\.fr-card\{|\.fr-accordion/);
    assert.match(bare.css, /\.fr-container\{/);
  });

  it("keeps the colour schemes and the print rules, not the rules for Internet Explorer", () => {
    assert.match(bare.css, /\[data-fr-theme=dark\]/);
    assert.match(bare.css, /@media print\{/);
    assert.doesNotMatch(bare.css, /-ms-high-contrast/);
  });

  it("declares the upright faces of Marianne only, and points to its fonts in the version folder", () => {
    assert.doesNotMatch(bare.css, /font-style:italic;font-weight:\d+;src/);
    assert.match(bare.css, /url\(1\.15\.3\/fonts\/Marianne-Regular\.woff2\)/);
    assert.ok(bare.files.includes("fonts/Marianne-Bold.woff2"));
    assert.equal(bare.files.some((file) => file.includes("Italic")), false);
    for (const file of [...bare.files, ...tilePage.files]) assert.ok(existsSync(path.join(DSFR_DIST, file)), file);
  });

  it("reads the classes of every class attribute", () => {
    assert.deepEqual(classesIn('<p class="a  b"></p><a class="c" href="#">'), ["a", "b", "c"]);
  });
});
