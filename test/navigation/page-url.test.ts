import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolvePageUrl } from "../../lib/navigation/page-url.ts";

const urls = new Set(["/fr/nous-ecrire/", "/fr/partenaires/"]);

describe("a URL written in a page's data", () => {
  it("names a page as written", () => {
    assert.deepEqual(resolvePageUrl("/fr/partenaires/", "/fr/a/", urls), { url: "/fr/partenaires/", found: true });
  });

  it("names a page without its language, which the page's gives (its lang field, else its URL)", () => {
    assert.deepEqual(resolvePageUrl("/partenaires/", "/fr/a/", urls), { url: "/fr/partenaires/", found: true });
    assert.deepEqual(resolvePageUrl("/partenaires/", "/a/", urls, "fr"), { url: "/fr/partenaires/", found: true });
  });

  it("names a page without its final slash", () => {
    assert.deepEqual(resolvePageUrl("/nous-ecrire", "/fr/a/", urls), { url: "/fr/nous-ecrire/", found: true });
  });

  it("names no page: the URL a site made from eleventy-dsfr would have linked to", () => {
    assert.deepEqual(resolvePageUrl("/ailleurs/", "/fr/a/", urls), { url: "/fr/ailleurs/", found: false });
  });
});
