import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { PAGE_STYLES, pageStyleOf } from "../../lib/layouts/page-styles.ts";

/** The layouts the cartes.gouv.fr documentation names, in its pages and its folders' data. */
const REAL_SITE_LAYOUTS = [
  "layouts/article.njk",
  "layouts/parent.njk",
  "layouts/accueil.njk",
  "layouts/blog.njk",
  "layouts/partenaires.njk",
  "layouts/parent_nav_tertiaire.njk",
  "layouts/article_nav_tertiaire.njk",
  "layouts/partenaire/article.njk",
  "layouts/partenaire/parent.njk",
  "layouts/partenaire/home.njk",
  "layouts/partenaire/blog.njk",
  "layouts/partenaire/article_nav_tertiaire.njk",
  "layouts/partenaire/parent_nav_tertiaire.njk",
];

describe("the style of a page", () => {
  it("is known for every layout the cartes.gouv.fr documentation names, and drawn by one of our layouts", () => {
    for (const name of REAL_SITE_LAYOUTS) {
      assert.ok(PAGE_STYLES.has(name), name);
      assert.ok(existsSync(`_includes/${pageStyleOf(name).layout}`), name);
    }
    for (const own of ["layouts/page.njk", "layouts/home.njk", "layouts/base.njk"])
      assert.ok(existsSync(`_includes/${own}`) && !PAGE_STYLES.has(own), own);
  });

  it("is known for the layouts of eleventy-dsfr itself, its blog's post among them", () => {
    assert.equal(pageStyleOf("layouts/post.njk").lead, true);
  });

  it("is our help page's for our own layout and for a page without layout", () => {
    assert.deepEqual(pageStyleOf("layouts/page.njk"), pageStyleOf(undefined));
    assert.equal(pageStyleOf(undefined).lead, false);
    assert.equal(pageStyleOf("layouts/article.njk").lead, true);
  });

  it("lists a partner's products as cards, a tutorial's steps as tabs, a guide's top pages two by two", () => {
    assert.equal(pageStyleOf("layouts/partenaire/parent.njk").children, "cards");
    assert.equal(pageStyleOf("layouts/parent_nav_tertiaire.njk").children, "none");
    assert.equal(pageStyleOf("layouts/parent_nav_tertiaire.njk").tabs, true);
    assert.equal(pageStyleOf("layouts/accueil.njk").tileColumns, 6);
  });
});
