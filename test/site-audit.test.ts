import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { formatAuditIssues, type AuditIssue } from "../lib/audit/audit-issue.ts";
import { formatWeights } from "../lib/audit/page-weight.ts";
import { launchBrowser } from "./support/browser.ts";
import { serveBuiltSite, type ServedSite } from "./support/served-site.ts";
import { auditSite, type SiteAudit } from "./support/site-audit.ts";

const GUIDE = "/aide/fr/guides-producteur/presentation/connexion-inscription/";
const STRUCTURE_RULES = new Set(["h1-unique", "heading-order", "id-unique", "image-alt", "skip-link"]);
const RUNTIME_RULES = new Set(["console-error", "script-error", "request-failed", "foreign-request", "csp", "http-status"]);

describe("every page of the site, in Chromium behind nginx", () => {
  let served: ServedSite;
  let browser: Browser;
  let audit: SiteAudit;
  before(async () => {
    [served, browser] = await Promise.all([serveBuiltSite(), launchBrowser()]);
    audit = await auditSite(served.site.outputDir, served.server, browser);
  });
  after(async () => {
    await browser?.close();
    await served?.stop();
  });

  const issues = (keep: (issue: AuditIssue) => boolean) => audit.pages.flatMap((page) => page.issues).filter(keep);

  it("audits every page the build wrote, and the 404 page at an unknown address", () => {
    const pages = audit.pages.map((page) => page.page);
    assert.ok(pages.length >= 10, pages.join(", "));
    assert.ok(pages.includes(GUIDE));
    assert.ok(pages.includes("/aide/fr/page-qui-n-existe-pas/"));
  });

  it("breaks none of axe's WCAG 2.1 A and AA rules", () => {
    const found = issues((issue) => issue.rule.startsWith("axe/"));
    assert.equal(found.length, 0, formatAuditIssues(found));
  });

  it("has one h1, no skipped heading level, unique ids, an alt on every image and skip links that reach their targets", () => {
    const found = issues((issue) => STRUCTURE_RULES.has(issue.rule));
    assert.equal(found.length, 0, formatAuditIssues(found));
  });

  it("logs no console error, makes no failed or foreign request and breaks no Content Security Policy rule", () => {
    const found = issues((issue) => RUNTIME_RULES.has(issue.rule));
    assert.equal(found.length, 0, formatAuditIssues(found));
  });

  it("has no error from the Nu Html Checker in any HTML file", () => {
    assert.ok(audit.html.files >= audit.pages.length);
    assert.equal(audit.html.errors.length, 0, formatAuditIssues(audit.html.errors));
  });

  it("keeps the connection guide under 300 KB on a first visit, its screenshots aside", (t) => {
    for (const line of formatWeights(Object.fromEntries(audit.pages.map((page) => [page.page, page.weight]))).split("\n")) t.diagnostic(line);
    const guide = audit.pages.find((page) => page.page === GUIDE)!;
    assert.ok(guide.weight.total < 300 * 1024, `${(guide.weight.total / 1024).toFixed(1)} Ko transférés`);
    assert.ok(guide.weight.byKind.font > 0 && guide.weight.byKind.css > 0 && guide.weight.byKind.js > 0);
  });
});
