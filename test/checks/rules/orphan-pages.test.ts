import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkOrphanPages } from "../../../lib/checks/rules/orphan-pages.ts";
import { fixtureReport } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const ORPHAN =
  "avertissement : page hors de toute navigation, vers laquelle aucune page ne mène — placez-la dans un guide (eleventyNavigation : key, parent) ou ajoutez un lien vers elle depuis une autre page";

describe("pages outside every navigation", () => {
  it("are a warning on their source when no other page leads to them, even if they link to themselves", () => {
    const model = siteModel({
      pages: [
        { url: "/", html: '<a href="/liee/">liée</a>' },
        { url: "/liee/", html: "<p>Liée</p>" },
        { url: "/perdue/", html: '<a href="#haut">haut</a><a href="/perdue/">ici</a>' },
      ],
    });
    assert.deepEqual(said(checkOrphanPages(model)), [`[navigation-orphan] content/perdue.md ${ORPHAN}`]);
  });

  it("are orphans when only a stylesheet link or an image leads to them", () => {
    const model = siteModel({
      pages: [
        { url: "/", html: '<link rel="alternate" href="/flux/"><img src="/image/" alt="x">' },
        { url: "/flux/", html: "<p>Flux</p>" },
        { url: "/image/", html: "<p>Image</p>" },
      ],
    });
    assert.deepEqual(
      checkOrphanPages(model).map((finding) => finding.file),
      ["content/flux.md", "content/image.md"],
    );
  });

  it("leave alone the home page, pages in a guide, pages a form or a redirect leads to, and pages kept out of collections", () => {
    const model = siteModel({
      pages: [
        { url: "/", html: '<form action="/recherche/"></form><meta http-equiv="refresh" content="0; url=/nouvelle/">' },
        { url: "/recherche/", html: "<p>Recherche</p>" },
        { url: "/nouvelle/", html: "<p>Nouvelle</p>" },
        {
          url: "/guide/",
          html: "<p>Guide</p>",
          data: { title: "Guide", eleventyNavigation: { key: "Guide", nav: "essai" } },
        },
        {
          url: "/remplacement/",
          html: "<p>Remplacement</p>",
          data: { title: "R", eleventyExcludeFromCollections: true },
        },
      ],
    });
    assert.deepEqual(checkOrphanPages(model), []);
  });

  it("leave alone pages not written through a layout and files that are not pages", () => {
    const model = siteModel({
      pages: [
        { url: "/copiee.html", source: "public/copiee.html", html: "<p>Copiée</p>", data: { layout: false } },
        { url: "/sitemap.xml", source: "content/sitemap.njk", data: { title: "Plan" } },
      ],
    });
    assert.deepEqual(checkOrphanPages(model), []);
  });

  it("count a page with a key but no guide as outside every navigation", () => {
    const model = siteModel({
      pages: [
        { url: "/cle/", html: "<p>Clé</p>", data: { title: "Clé", eleventyNavigation: { key: "Clé", nav: "" } } },
      ],
    });
    assert.deepEqual(said(checkOrphanPages(model)), [`[navigation-orphan] content/cle.md ${ORPHAN}`]);
  });
});

describe("pages outside every navigation, end to end", () => {
  it("in a site without stand-ins for the pages its layout links to, the page nothing links to is listed; the one another page links to is not", async () => {
    const { findings } = await fixtureReport("layout-links", { layoutTargets: false });
    assert.deepEqual(
      findings.filter((line) => line.includes(" avertissement : ")),
      [`test/fixtures/layout-links/content/perdue.md ${ORPHAN}`],
    );
  });
});
