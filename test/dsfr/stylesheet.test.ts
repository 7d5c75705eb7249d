import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { DSFR_DIST, dsfrUrl } from "../../lib/dsfr/paths.ts";
import { relocateUrls } from "../../lib/dsfr/site-stylesheet.ts";
import { classesIn, componentStylesheet, dsfrComponents, dsfrStylesheet } from "../../lib/dsfr/stylesheet.ts";
import type { BuiltSite } from "../support/build-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("the DSFR components a page needs", () => {
  it("are those whose classes it uses, with the components they depend on, in the DSFR's order", () => {
    assert.deepEqual(
      dsfrComponents(classesIn('<div class="fr-tile fr-enlarge-link"><h3 class="fr-tile__title">x</h3></div>')),
      ["button", "link", "tile"],
    );
  });

  it("leave out a component that only styles a class of the core", () => {
    assert.deepEqual(dsfrComponents(["fr-container", "fr-grid-row", "frx-page-title"]), []);
  });

  it("come from every class attribute", () => {
    assert.deepEqual(classesIn('<p class="a  b"></p><a class="c" href="#">'), ["a", "b", "c"]);
  });

  it("once each, and not from an attribute that only ends in class", () => {
    assert.deepEqual(classesIn('<p class="a b" data-class="x"></p><p\nclass="b\tc">class="y"</p>'), ["a", "b", "c"]);
  });
});

describe("the site's DSFR stylesheet", () => {
  const bare = dsfrStylesheet([], "1.15.3/");
  const withTile = dsfrStylesheet(["button", "link", "tile"], "1.15.3/");

  it("holds the core and the components asked for, no other", () => {
    assert.match(bare.css, /\.fr-container\{/);
    assert.doesNotMatch(bare.css, /\.fr-tile\{|\.fr-card\{|\.fr-accordion/);
    assert.match(withTile.css, /\.fr-tile\{/);
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
    assert.equal(
      bare.files.some((file) => file.includes("Italic")),
      false,
    );
    for (const file of [...bare.files, ...withTile.files, ...componentStylesheet("table").files])
      assert.ok(existsSync(path.join(DSFR_DIST, file)), file);
  });
});

describe("the site's own styles, at the end of the site's DSFR stylesheet", () => {
  it("keep their URLs pointing to the same files from the DSFR's folder", () => {
    assert.equal(
      relocateUrls(
        'a{background:url(motif.svg)}b{background:url("../img/b.png")}c{background:url(/img/c.png) url(data:x) url(https://x.fr/d.png)}',
        "/css/",
        "/dsfr/",
      ),
      'a{background:url(../css/motif.svg)}b{background:url("../img/b.png")}c{background:url(/img/c.png) url(data:x) url(https://x.fr/d.png)}',
    );
  });
});

describe("each page of the built site links only the DSFR stylesheets it uses", () => {
  let site: BuiltSite;
  before(async () => {
    site = await sharedSite("/aide/");
  });

  const stylesheets = (url: string) =>
    [...site.html(url).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]);

  it("gives a page the site's DSFR stylesheet, then the components only its content uses, then the site's own styles again", () => {
    assert.deepEqual(stylesheets("/aide/fr/rediger/composants/table/"), [
      "/aide/dsfr/dsfr-site.min.css",
      `/aide${dsfrUrl("component/table/table.main.min.css")}`,
      "/aide/css/site.css",
    ]);
  });

  it("adds nothing to a page whose components are all in the layouts, the tiles of its children and the cards of a listing included: one stylesheet, the site's styles at its end", () => {
    assert.deepEqual(stylesheets("/aide/fr/actualites/"), ["/aide/dsfr/dsfr-site.min.css"]);
    assert.deepEqual(stylesheets("/aide/fr/guides-producteur/presentation/connexion-inscription/"), [
      "/aide/dsfr/dsfr-site.min.css",
    ]);
    const css = site.html("/aide/dsfr/dsfr-site.min.css");
    assert.match(css, /\.fr-tile\{/);
    assert.ok(css.endsWith(readFileSync("public/css/site.css", "utf8")));
  });

  it("gives the home page the stylesheets of the accordions and callout its Markdown writes", () => {
    assert.deepEqual(stylesheets("/aide/fr/"), [
      "/aide/dsfr/dsfr-site.min.css",
      `/aide${dsfrUrl("component/accordion/accordion.main.min.css")}`,
      `/aide${dsfrUrl("component/callout/callout.main.min.css")}`,
      "/aide/css/site.css",
    ]);
  });

  it("publishes the component stylesheets the pages link", () => {
    assert.doesNotThrow(() => site.html(stylesheets("/aide/fr/rediger/composants/table/")[1]!));
  });
});
