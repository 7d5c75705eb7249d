import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { partOf } from "../../lib/migrate/site-parts.ts";

describe("what becomes of each file of an eleventy-dsfr site", () => {
  it("imports its pages, folder data, public files and the assets beside its pages", () => {
    assert.equal(partOf("content/fr/guide/page.md").kind, "page");
    assert.equal(partOf("content/fr/index.njk").kind, "page");
    assert.equal(partOf("content/fr/guide/guide.11tydata.js").kind, "data");
    assert.equal(partOf("content/fr/guide/schema.png").kind, "asset");
    assert.equal(partOf("public/img/carte.png").kind, "public");
    assert.equal(partOf("public/js/contact.js").kind, "public");
  });

  it("replaces its search results and site map with the generator's, writing a redirect from their address", () => {
    assert.deepEqual(partOf("content/fr/search-results.njk"), {
      kind: "replaced",
      reason: "page de résultats de recherche : remplacée par /fr/recherche/",
      redirect: { from: "/fr/search-results/", to: "/fr/recherche/" },
    });
    assert.deepEqual(partOf("content/plan-du-site/plan-du-site.njk"), {
      kind: "replaced",
      reason: "plan du site : remplacé par /fr/plan-du-site/ et /sitemap.xml",
      redirect: { from: "/plan-du-site/", to: "/fr/plan-du-site/" },
    });
  });

  it("replaces its root redirect, 404 page, feeds and calendar without a redirect", () => {
    for (const file of [
      "content/index.html",
      "content/404.njk",
      "content/feed/feed.njk",
      "content/calendar/calendar.njk",
    ]) {
      const part = partOf(file);
      assert.equal(part.kind, "replaced", file);
      assert.equal("redirect" in part ? part.redirect : undefined, undefined, file);
    }
  });

  it("sends the English home page to the French one, and leaves the other English pages behind", () => {
    assert.deepEqual(partOf("content/en/index.njk"), {
      kind: "replaced",
      reason: "version anglaise : le générateur ne publie que le français",
      redirect: { from: "/en/", to: "/fr/" },
    });
    assert.equal("redirect" in partOf("content/en/about/index.md"), true);
    assert.equal((partOf("content/en/about/index.md") as { redirect?: unknown }).redirect, undefined);
  });

  it("leaves behind its templates, global data and the scripts of its templates, saying why", () => {
    assert.equal(partOf("_includes/layouts/base.njk").kind, "left");
    assert.equal(partOf("_data/metadata.js").kind, "left");
    assert.equal(partOf("eleventy.config.js").kind, "left");
    assert.equal(partOf("public/js/blog.js").kind, "template-asset");
    assert.equal(partOf("public/css/index.css").kind, "template-asset");
  });
});
