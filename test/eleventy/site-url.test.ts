import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { siteOrigin } from "../../lib/eleventy/site-url.ts";
import { buildFixture } from "../support/build-fixture.ts";

describe("SITE_URL: the origin a copy of the help is published at", () => {
  it("writes the sitemap's absolute URLs on that origin, under the path prefix, and keeps the link to cartes.gouv.fr", async () => {
    process.env.SITE_URL = "https://ign.gitlab.io";
    try {
      const site = await buildFixture(null, { pathPrefix: "/aide-cartes/aide/" });
      assert.equal(site.ok, true);
      assert.match(
        site.html("/sitemap.xml"),
        /<loc>https:\/\/ign\.gitlab\.io\/aide-cartes\/aide\/fr\/guides-producteur\/<\/loc>/,
      );
      assert.doesNotMatch(site.html("/sitemap.xml"), /cartes\.gouv\.fr/);
      assert.match(site.html("/fr/"), /href="https:\/\/cartes\.gouv\.fr"[^>]*>Aller sur cartes\.gouv\.fr/);
    } finally {
      delete process.env.SITE_URL;
    }
  });

  it("is taken as an origin, a trailing slash dropped", () => {
    assert.equal(siteOrigin("https://ign.github.io/"), "https://ign.github.io");
    assert.equal(siteOrigin("http://localhost:8080"), "http://localhost:8080");
    assert.equal(siteOrigin(undefined), undefined);
    assert.equal(siteOrigin(""), undefined);
  });

  it("is refused with a path, which belongs to --pathprefix, or when it is not a web address", () => {
    assert.throws(
      () => siteOrigin("https://ign.gitlab.io/aide-cartes"),
      /SITE_URL "https:\/\/ign\.gitlab\.io\/aide-cartes" doit être une origine, comme https:\/\/ign\.gitlab\.io : le chemin se donne avec --pathprefix/,
    );
    assert.throws(() => siteOrigin("cartes.gouv.fr"), /n’est pas une adresse/);
    assert.throws(() => siteOrigin("ftp://cartes.gouv.fr"), /doit être une origine/);
  });
});
