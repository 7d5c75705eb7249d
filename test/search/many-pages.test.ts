import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildSite } from "../../lib/pipeline/build-site.ts";
import { launchBrowser, watchProblems } from "../support/browser.ts";
import { layoutTargets } from "../support/layout-targets.ts";
import { readResults, SEARCH_CSP } from "../support/search-page.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";

const PAGES = 12;

describe("searching a site of twelve pages about « sécurité »", () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    const input = writeSecuritySite();
    const site = await buildSite({
      input,
      output: path.join(mkdtempSync(path.join(tmpdir(), "aide-test-")), "_site"),
      configure: layoutTargets(input),
    });
    assert.equal(site.ok, true, JSON.stringify(site.findings));
    server = await serveStatic(site.outputDir, { headers: { "Content-Security-Policy": SEARCH_CSP } });
    browser = await launchBrowser();
    page = await browser.newPage();
    watchProblems(page, problems);
    await page.goto(`${server.url}fr/recherche/?q=securite`);
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  it("finds them all for « securite » typed without accents, and highlights « sécurité »", async () => {
    const results = await readResults(page);
    assert.equal(results.status, `${PAGES} résultats pour « securite ».`);
    assert.ok(
      results.marks.length > 0 && results.marks.every((word) => word.startsWith("sécurité")),
      `${results.marks}`,
    );
  });

  it("shows ten cards, then the two others with « Plus de résultats », moving the focus to the first new one", async () => {
    assert.equal((await readResults(page)).links.length, 10);
    await page.focus("#recherche-plus");
    await page.keyboard.press("Enter");
    await page
      .locator("#recherche-resultats li")
      .nth(PAGES - 1)
      .waitFor();
    const { links } = await readResults(page);
    assert.equal(links.length, PAGES);
    assert.equal(await page.isVisible("#recherche-plus"), false);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), links[10]);
  });

  it("is reached from the search button of the mobile header too", async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 700 } });
    watchProblems(phone, problems);
    await phone.goto(`${server.url}fr/conseil-1/`);
    await phone.click("#bouton-recherche");
    await phone.fill("#recherche-saisie", "sécurité");
    await phone.press("#recherche-saisie", "Enter");
    assert.equal((await readResults(phone)).status, `${PAGES} résultats pour « sécurité ».`);
  });

  it("meets no console error, failed request or CSP violation", () => {
    assert.deepEqual(problems, []);
  });
});

/** A throwaway site: a search page, twelve pages that say « sécurité », and the project's own `public/` (its scripts). */
function writeSecuritySite(): string {
  const root = mkdtempSync(path.join(tmpdir(), "aide-securite-"));
  const content = path.join(root, "content");
  mkdirSync(path.join(content, "fr"), { recursive: true });
  writeFileSync(
    path.join(content, "fr/recherche.md"),
    "---\ntitle: Rechercher\nlayout: layouts/search.njk\n---\n\nEssayez un autre mot.\n",
  );
  cpSync("public", path.join(root, "public"), { recursive: true });
  for (let n = 1; n <= PAGES; n++) {
    const page = `---\ntitle: Conseil ${n}\nlayout: layouts/page.njk\n---\n\nConseil ${n} pour la sécurité de votre compte.\n`;
    writeFileSync(path.join(content, "fr", `conseil-${n}.md`), page);
  }
  return content;
}
