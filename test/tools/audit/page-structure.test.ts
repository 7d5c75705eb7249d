import assert from "node:assert/strict";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { type AuditIssue, formatAuditIssues } from "../../../tools/audit/audit-issue.ts";
import { checkHtmlFiles, type HtmlCheck } from "../../../tools/audit/nu-html-checker.ts";
import { launchBrowser } from "../../support/browser.ts";
import { type NginxServer, startNginx } from "../../support/nginx.ts";
import { auditPage, newAuditTab } from "../../support/page-audit.ts";

const PAGE = "/aide/fr/page-cassee/";

describe("a deliberately broken page fails the browser checks with the right messages", () => {
  let server: NginxServer;
  let browser: Browser;
  let issues: AuditIssue[];
  let html: HtmlCheck;
  before(async () => {
    // A copy in a temporary folder, which nginx's workers can read wherever the project is.
    const site = path.join(mkdtempSync(path.join(tmpdir(), "aide-broken-")), "site");
    cpSync("test/fixtures/broken-page/site", site, { recursive: true });
    [server, browser] = await Promise.all([startNginx(site), launchBrowser()]);
    const [audit, check] = await Promise.all([
      newAuditTab(browser).then((tab) =>
        auditPage(tab, server.url(PAGE), { origin: server.origin, contentImagesPrefix: "/aide/img/" }),
      ),
      checkHtmlFiles([path.join(site, "fr/page-cassee/index.html")], () => PAGE),
    ]);
    issues = audit.issues;
    html = check;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const find = (rule: string) => issues.filter((issue) => issue.rule === rule);

  it("reports the image without alt through axe and through our own check, naming the element", () => {
    const [axe] = find("axe/image-alt");
    assert.ok(axe);
    assert.match(axe.element ?? "", /img.*<img src="photo\.png"/);
    assert.match(axe.message, /alternati/i);
    assert.match(find("image-alt")[0]!.message, /image sans attribut alt/);
  });

  it("reports the heading level skipped from h1 to h3", () => {
    const [issue] = find("heading-order");
    assert.ok(issue);
    assert.equal(issue.message, "titre de niveau 3 après un titre de niveau 1 : un niveau est sauté");
    assert.match(issue.element ?? "", /^<h3>Un titre de niveau 3/);
  });

  it("reports the inline script the Content Security Policy blocked, in the console and as a violation", () => {
    assert.match(
      find("csp")[0]!.message,
      /violation de la politique de sécurité du contenu : script-src-elem : inline/,
    );
    assert.match(
      find("console-error")[0]!.message,
      /inline script violates the following Content Security Policy directive 'script-src 'self' 'wasm-unsafe-eval''/,
    );
  });

  it("reports the duplicate id and the skip link to a missing target", () => {
    assert.equal(find("id-unique")[0]?.message, 'l’identifiant "double" est donné à 2 éléments');
    assert.equal(find("skip-link")[0]?.message, 'le lien d’évitement mène à "#contenu", qui n’existe pas sur la page');
  });

  it("gets the Nu Html Checker's error for the missing alt and its duplicate id", () => {
    const messages = html.errors.map((error) => error.message);
    assert.ok(
      messages.some((message) => /An “img” element must have an “alt” attribute/.test(message)),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((message) => /Duplicate ID “double”/.test(message)),
      messages.join("\n"),
    );
    assert.match(html.errors[0]?.element ?? "", /^index\.html:\d+ /);
  });

  it("prints each problem under its page with its rule and element", () => {
    const report = formatAuditIssues(issues);
    assert.match(report, /^\/aide\/fr\/page-cassee\/\n/);
    assert.match(
      report,
      /\n {2}\[axe\/image-alt\] Les images doivent avoir une alternative textuelle .+\n {6}img <img src="photo\.png"/,
    );
    assert.match(report, /\n\d+ problèmes sur 1 page\.$/);
  });
});
