import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import type { BuiltSite } from "../support/build-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";

const redirects = JSON.parse(readFileSync("_data/redirects.json", "utf8")) as { from: string; to: string }[];

describe("the old addresses of the help (eleventy-dsfr's) lead to their new pages", () => {
  let site: BuiltSite;
  before(async () => {
    site = await sharedSite("/aide/");
  });

  it("each keeps a page that sends the reader on, under the path prefix, to a page that exists", () => {
    assert.equal(site.ok, true);
    for (const { from, to } of redirects) {
      const html = site.html(`/aide${from}`);
      assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=/aide${to}">`), from);
      assert.match(html, new RegExp(`<link rel="canonical" href="/aide${to}">`), from);
      assert.ok(site.html(`/aide${to}`).includes("<h1"), to);
    }
  });

  it("hand the old search's query to the new search page, with a script file and no inline code", () => {
    assert.match(
      site.html("/aide/fr/search-results/"),
      /<script type="module" src="\/aide\/js\/redirect\.js" data-params='\{"term":"q"\}'><\/script>/,
    );
  });
});
