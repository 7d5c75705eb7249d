import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { formatAuditIssues } from "../../tools/audit/audit-issue.ts";
import { launchBrowser } from "../support/browser.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { auditPage, newAuditTab } from "../support/page-audit.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";

/** A page of each layout of eleventy-dsfr sites that draws something of its own. */
const PAGES = [
  "fr/guides-utilisateur/",
  "fr/guides-utilisateur/presentation/",
  "fr/guides-utilisateur/cartes/tutoriel/partager/lien/expiration/",
  "fr/guides-utilisateur/actualites/nouveau-fond/",
  "fr/partenaires/institut/",
  "fr/partenaires/institut/foret/",
  "fr/partenaires/institut/foret/carte-forestiere/",
  "fr/nous-ecrire/demande-envoyee/",
];

describe("the layouts of sites made from eleventy-dsfr, in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    const site = await buildFixture("eleventy-dsfr-layouts");
    [server, browser] = await Promise.all([serveStatic(site.outputDir), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("pass axe's WCAG 2.1 A and AA rules and our structure checks: partner headers, cards, a side menu five levels deep", async () => {
    const tab = await newAuditTab(browser);
    const origin = new URL(server.url).origin;
    const issues = [];
    for (const url of PAGES)
      issues.push(...(await auditPage(tab, server.url + url, { origin, contentImagesPrefix: "/img/" })).issues);
    await tab.context().close();
    assert.equal(formatAuditIssues(issues), "Aucun problème trouvé.");
  });
});
