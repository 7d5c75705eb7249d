import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, watchProblems } from "./browser.ts";
import { readResults, SEARCH_CSP } from "./search-page.ts";
import { type SharedPrefix, sharedSite } from "./shared-site.ts";
import { type StaticServer, serveStatic } from "./static-server.ts";

const GUIDE = "fr/guides-producteur/presentation/connexion-inscription/";

/**
 * The reader's journey on the real site, built with search and served under a strict CSP at
 * `prefix`, in its own browser. One build per test file: Eleventy keeps the layouts of the first
 * build of a process (and the filters they call) for the next builds of that process.
 */
export function searchJourney(prefix: SharedPrefix): void {
  describe(`searching the help site served at ${prefix}`, () => {
    let browser: Browser;
    let server: StaticServer;
    const problems: string[] = [];
    const open = async (url: string): Promise<Page> => {
      const page = await browser.newPage();
      watchProblems(page, problems);
      await page.goto(server.url + url, { waitUntil: "domcontentloaded" });
      return page;
    };

    before(async () => {
      const site = await sharedSite(prefix);
      assert.equal(site.ok, true, JSON.stringify(site.findings));
      server = await serveStatic(site.outputDir, { prefix, headers: { "Content-Security-Policy": SEARCH_CSP } });
      browser = await launchBrowser();
    });
    after(async () => {
      await browser.close();
      await server.close();
    });

    it("lists the connection guide first for « mot de passe » typed in the header, then Enter", async () => {
      const page = await open("fr/");
      await page.fill("#recherche-saisie", "mot de passe");
      await page.press("#recherche-saisie", "Enter");
      const results = await readResults(page);
      assert.equal(new URL(page.url()).pathname, `${prefix}fr/recherche/`);
      assert.equal(results.links[0], `${prefix}${GUIDE}`);
      assert.match(results.status, /^\d+ résultats? pour « mot de passe »\.$/);
      assert.deepEqual(results.inputs, ["mot de passe", "mot de passe"]);
      assert.ok(results.marks.includes("mot"), `mots surlignés : ${results.marks}`);
      assert.equal(results.guides[0], "Guides producteur");
    });

    it("finds the connection guide for « authentification » too, first", async () => {
      const results = await readResults(await open("fr/recherche/?q=authentification"));
      assert.equal(results.links[0], `${prefix}${GUIDE}`);
    });

    it("narrows the results to a guide ticked with the keyboard, and keeps the choice in the address", async () => {
      const page = await open("fr/recherche/?q=geoplateforme");
      const all = await readResults(page);
      await page.focus("input[name=guide][value='Guides producteur']");
      await page.keyboard.press("Space");
      const narrowed = await readResults(page, "avec les filtres choisis");
      assert.ok(
        narrowed.links.length > 0 && narrowed.links.length < all.links.length,
        `${all.links.length} puis ${narrowed.links.length}`,
      );
      assert.deepEqual(new Set(narrowed.guides), new Set(["Guides producteur"]));
      assert.equal(new URL(page.url()).searchParams.get("guide"), "Guides producteur");
      assert.match((await page.textContent("label[for=filtre-guide-1]")) ?? "", /Guides producteur\s*\d+ pages?/);
    });

    it("narrows the results to the posts of a section with the « rubrique » filter", async () => {
      const page = await open("fr/recherche/?q=flux");
      const all = await readResults(page);
      await page.focus("input[name=rubrique][value='Actualités']");
      await page.keyboard.press("Space");
      const narrowed = await readResults(page, "avec les filtres choisis");
      assert.ok(narrowed.links.length > 0, `${all.links.length} résultats, aucun dans la rubrique`);
      assert.ok(
        narrowed.links.every((link) => link.startsWith(`${prefix}fr/actualites/`)),
        narrowed.links.join(" "),
      );
      assert.equal(new URL(page.url()).searchParams.get("rubrique"), "Actualités");
    });

    it("lists a chosen filter that leaves nothing, so that unticking it brings the results back", async () => {
      const page = await open("fr/recherche/?q=geoplateforme&guide=Guide+disparu");
      assert.equal((await readResults(page)).status, "Aucun résultat pour « geoplateforme » avec les filtres choisis.");
      await page.click("label:has-text('Guide disparu')");
      const results = await readResults(page, /\d+ résultats pour « geoplateforme »\.$/);
      assert.ok(results.links.length > 0);
      assert.equal(new URL(page.url()).searchParams.has("guide"), false);
    });

    it("shows the empty-state message when nothing matches, even when Pagefind falls back on a clipped word", async () => {
      // Words the site never uses; « sérénité » makes Pagefind fall back on its clipped stem.
      for (const query of ["photocopieuse", "sérénité"]) {
        const page = await open(`fr/recherche/?q=${encodeURIComponent(query)}`);
        const results = await readResults(page);
        assert.equal(results.status, `Aucun résultat pour « ${query} ».`);
        assert.deepEqual(results.links, []);
        assert.equal(await page.isVisible("#recherche-vide"), true);
        assert.equal(await page.isVisible("#recherche-plus"), false);
      }
    });

    it("announces the result count in a polite live region", async () => {
      const page = await open("fr/recherche/?q=captcha");
      const results = await readResults(page);
      assert.equal(results.status, "1 résultat pour « captcha ».");
      assert.equal(await page.getAttribute("#recherche-statut", "aria-live"), "polite");
      assert.equal(await page.getAttribute("#recherche-statut", "role"), "status");
    });

    it("meets no console error, failed request or CSP violation on the way", () => {
      assert.deepEqual(problems, []);
    });
  });
}
