import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("a site built with --pathprefix=/aide works under /aide/", () => {
  let site: BuiltSite;
  let html: string;
  before(async () => {
    site = await sharedSite("/aide/");
    html = site.html("/fr/guides-producteur/presentation/connexion-inscription/");
  });

  it("builds with no error", () => {
    assert.equal(site.ok, true);
  });

  it("prefixes every root-relative URL of links, images, styles and scripts", () => {
    const urls = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]!);
    assert.ok(urls.length > 20);
    assert.deepEqual(
      urls.filter((url) => !url.startsWith("/aide/")),
      [],
    );
  });

  it("prefixes the pictograms drawn with <use href>", () => {
    assert.match(
      html,
      /<use class="fr-artwork-major" href="\/aide\/dsfr\/\d+\.\d+\.\d+\/artwork\/pictograms\/map\/location-france\.svg#artwork-major">/,
    );
  });

  it("sends the search form to the prefixed results page", () => {
    assert.match(html, /action="\/aide\/fr\/recherche\/"/);
  });

  it("writes prefixed absolute URLs in sitemap.xml", () => {
    assert.match(site.html("/sitemap.xml"), /<loc>https:\/\/cartes\.gouv\.fr\/aide\/fr\/guides-producteur\/<\/loc>/);
  });

  for (const name of ["card", "tile", "tile_list", "card_list", "download", "tabnav"]) {
    it(`prefixes the links, images and pictograms of the ${name} component`, () => {
      const page = site.html(`/fr/rediger/composants/${name}/`);
      const examples = [...page.matchAll(/<div class="fr-mb-3w" data-example="[^"]+"[^>]*>([\s\S]*?)<pre /g)]
        .map((match) => match[1])
        .join("\n");
      const urls = [...examples.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]!);
      assert.ok(urls.length > 0, "the examples have site URLs");
      assert.deepEqual(
        urls.filter((url) => !url.startsWith("/aide/")),
        [],
      );
    });
  }
});

describe("two builds of the same content in one process", () => {
  it("each use their own path prefix and publish their pictograms", async () => {
    const first = await buildFixture("clean");
    const second = await buildFixture("clean", { pathPrefix: "/aide/" });
    const url = "/fr/guide/premiere-page/";
    assert.ok(
      first.html(url).includes(`href="${dsfrUrl("artwork/pictograms/map/location-france.svg")}#artwork-major"`),
    );
    assert.ok(
      second.html(url).includes(`href="/aide${dsfrUrl("artwork/pictograms/map/location-france.svg")}#artwork-major"`),
    );
    assert.doesNotThrow(() => second.html(dsfrUrl("artwork/pictograms/map/location-france.svg")));
  });
});
