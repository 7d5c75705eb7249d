import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { indexSite } from "../../lib/search/index-site.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { type IndexedPage, indexedPages } from "../support/pagefind-index.ts";
import { sharedSite } from "../support/shared-site.ts";

const GUIDE = "/fr/guides-producteur/presentation/connexion-inscription/";

let site: BuiltSite;
before(async () => {
  site = await sharedSite();
});

describe("the search index of the real site", () => {
  let pages: Map<string, IndexedPage>;
  before(() => {
    pages = indexedPages(path.join(site.outputDir, "pagefind"));
  });

  it("is written inside the published folder, under pagefind/, with French stemming", () => {
    assert.equal(site.ok, true);
    assert.ok(readdirSync(path.join(site.outputDir, "pagefind")).some((file) => /^wasm\.fr\./.test(file)));
    assert.equal(typeof site.timings.search, "number");
  });

  it("publishes the search API and none of Pagefind's ready-made interfaces", () => {
    const files = readdirSync(path.join(site.outputDir, "pagefind"));
    assert.ok(files.includes("pagefind.js") && files.includes("pagefind-worker.js"), files.join(" "));
    assert.deepEqual(
      files.filter((file) => /ui|highlight/.test(file)),
      [],
    );
  });

  it("holds the content pages, and neither the 404, the site map, the tag pages nor the search page", () => {
    const urls = [...pages.keys()].sort();
    assert.ok(urls.includes(GUIDE) && urls.includes("/fr/") && urls.includes("/fr/mentions-legales/"), urls.join(" "));
    for (const left of [
      "/404.html",
      "/fr/plan-du-site/",
      "/fr/etiquettes/",
      "/fr/etiquettes/connexion/",
      "/fr/recherche/",
    ]) {
      assert.ok(!urls.some((url) => url.startsWith(left)), `${left} ne doit pas être indexée`);
    }
  });

  it("indexes the page body only, not the header, menus, breadcrumb, summary or footer", () => {
    const content = pages.get(GUIDE)?.content ?? "";
    assert.match(content, /^Connexion à Cartes\.gouv\.fr\. 1 - Ouvrir le site\./);
    for (const chrome of [
      "Rechercher dans l’aide",
      "Voir le fil d’Ariane",
      "Sommaire",
      "Paramètres d’affichage",
      "Précédent",
      "Modifier cette page",
      "licence etalab",
    ]) {
      assert.ok(!content.includes(chrome), `« ${chrome} » ne doit pas être indexé`);
    }
  });

  it("skips the live examples of the editor guide, whose sample text is not what the page is about", () => {
    const alert = pages.get("/fr/rediger/composants/alert/")?.content ?? "";
    assert.match(alert, /^Alerte\b/);
    assert.ok(!alert.includes("authentification"), alert);
  });

  it("holds the code of a block without its label, and leaves out the editor guide's fictitious API", () => {
    // Its « Authentification » on every operation would outrank the connection guide.
    assert.equal(pages.has("/fr/rediger/reference-api/exemple/"), false);
    assert.ok(pages.has("/fr/rediger/reference-api/"));
    const code = pages.get("/fr/rediger/code/")?.content ?? "";
    assert.ok(code.includes('"opacite": 0.8'), code);
    assert.ok(!/Copier le code|JSON Copier/.test(code), code);
  });

  it("files the connection guide under its guide and tag, with its title, guide and pictogram", () => {
    const { filters, meta }: Partial<IndexedPage> = pages.get(GUIDE) ?? {};
    assert.deepEqual(filters, { guide: ["Guides producteur"], etiquette: ["Connexion"] });
    assert.deepEqual(
      [meta?.title, meta?.guide, meta?.pictogram],
      ["Connexion à Cartes.gouv.fr", "Guides producteur", "map/location-france.svg"],
    );
  });

  it("files a post under its section's name, for the « rubrique » filter, besides its guide and tags", () => {
    const { filters, meta }: Partial<IndexedPage> = pages.get("/fr/actualites/suivre-les-actualites/") ?? {};
    assert.deepEqual(filters, { guide: ["Actualités"], etiquette: ["Nouveautés"], rubrique: ["Actualités"] });
    assert.equal(meta?.rubrique, "Actualités");
  });

  it("leaves the listing's posts out of its own page, and its other pages out of the index", () => {
    assert.ok(!(pages.get("/fr/actualites/")?.content ?? "").includes("Suivre les actualités avec un lecteur de flux"));
    assert.ok(![...pages.keys()].some((url) => url.includes("/page/") || url.includes("/actualites/etiquettes/")));
  });

  it("leaves out the filters of a page outside every guide", () => {
    assert.deepEqual(pages.get("/fr/mentions-legales/")?.filters, {});
  });

  it("is skipped when the build asks for HTML only", async () => {
    const htmlOnly = await buildFixture("clean");
    assert.equal(existsSync(path.join(htmlOnly.outputDir, "pagefind")), false);
  });

  it("reports, in French, pages that leave nothing to index", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "aide-sans-gabarit-"));
    writeFileSync(path.join(folder, "page.html"), "<p>Une page écrite sans son gabarit.</p>");
    const findings = await indexSite(folder);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /aucune page n’a été indexée/);
    assert.match(findings[0]!.fix ?? "", /data-pagefind-body/);
  });

  it("reports, in French, a site with no page to index", async () => {
    const findings = await indexSite(mkdtempSync(path.join(tmpdir(), "aide-vide-")));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, "error");
    assert.match(
      findings[0]!.message,
      /^L’index de recherche n’a pas pu être écrit : le site ne contient aucune page HTML$/,
    );
  });
});

describe("the search results page", () => {
  it("loads its own script, which no other page loads", () => {
    const script = '<script type="module" src="/js/search-page.js"></script>';
    assert.ok(site.html("/fr/recherche/").includes(script));
    assert.ok(!site.html(GUIDE).includes("search-page.js"));
  });

  it("has no inline script, event handler or style attribute", () => {
    const html = site.html("/fr/recherche/");
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
    assert.doesNotMatch(html, /\s(on[a-z]+|style)="/);
  });

  it("sends its form to itself and announces its results in a polite live region", () => {
    const html = site.html("/fr/recherche/");
    assert.match(html, /<form [^>]*role="search"[^>]*action="\/fr\/recherche\/" method="get">/);
    assert.match(html, /id="recherche-statut" role="status" aria-live="polite"/);
  });
});
