import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from "playwright-core";
import type { AuditIssue } from "../../tools/audit/audit-issue.ts";
import { structureIssues } from "../../tools/audit/page-structure.ts";
import { type PageWeight, pageWeight, type Transfer } from "../../tools/audit/page-weight.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_FRENCH = readFileSync(require.resolve("axe-core/locales/fr.json"), "utf8");
/** The WCAG 2.1 A and AA rules of axe, which RGAA 4.1 follows. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** tsx compiles with esbuild's keepNames, which wraps functions sent to the page in `__name()`. */
const KEEP_NAMES_SHIM = "globalThis.__name = (target) => target;";
/** Collects the Content Security Policy violations, which a page's own scripts cannot hide. */
const CSP_LISTENER =
  "globalThis.__cspViolations = []; document.addEventListener('securitypolicyviolation', (event) => globalThis.__cspViolations.push(`${event.violatedDirective} : ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber || 0})`));";

/**
 * Audits one page as a first-time visitor's browser sees it, behind the real server: axe's WCAG
 * 2.1 A/AA rules, our structure checks (skip links included), and everything the console and the
 * network say (errors, failed or foreign requests, CSP violations); measures what the visit
 * transferred. `page` comes from `newAuditTab`, and may audit one page after another.
 */
export async function auditPage(page: Page, url: string, options: AuditOptions): Promise<PageAudit> {
  const address = new URL(url).pathname;
  const issues: AuditIssue[] = [];
  const transfers: Transfer[] = [];
  const report = (rule: string, message: string, element?: string) =>
    issues.push({ page: address, rule, message, element });
  const expected = options.expectStatus ?? 200;
  const watch = watchPage(page, options.origin, report, transfers, expected === 200 ? undefined : url);

  // Every request of these pages has ended by `load` and the fonts' arrival: no need to wait for 500 ms of network silence.
  const response = await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  if (response?.status() !== expected) report("http-status", `réponse ${response?.status()} au lieu de ${expected}`);
  const axe = await runAxe(page);
  for (const violation of axe.violations) {
    for (const node of violation.nodes)
      report(
        `axe/${violation.id}`,
        `${violation.help} (${violation.helpUrl})`,
        `${node.target.join(" ")} ${node.html.replace(/\s+/g, " ").slice(0, 200)}`,
      );
  }
  for (const issue of await page.evaluate(structureIssues)) report(issue.rule, issue.message, issue.element);
  for (const violation of await page.evaluate(
    () => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations,
  ))
    report("csp", `violation de la politique de sécurité du contenu : ${violation}`);
  await watch.stop();
  return {
    page: address,
    issues,
    weight: pageWeight(transfers, options.contentImagesPrefix),
    axe: { violations: axe.violations.length, passes: axe.passes },
  };
}

/**
 * A tab for auditing pages one after the other, each as a first visit: the browser cache is
 * disabled, which costs less than a fresh profile per page.
 */
export async function newAuditTab(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const page = await (await newAuditContext(browser, options)).newPage();
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.setCacheDisabled", { cacheDisabled: true });
  return page;
}

/** A fresh browser profile (empty cache: a first visit), the CSP listener installed before any script. */
export async function newAuditContext(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    locale: "fr-FR",
    ...options,
  });
  // Fails fast: a page of this site is ready in well under a second.
  context.setDefaultTimeout(10_000);
  await context.addInitScript(KEEP_NAMES_SHIM);
  await context.addInitScript(CSP_LISTENER);
  return context;
}

/** axe-core's WCAG 2.1 A/AA rules, with its French messages, on the page as it is now. */
export async function runAxe(page: Page): Promise<{ violations: AxeViolation[]; passes: number }> {
  // Evaluated rather than added as a <script>: the CSP would rightly refuse an inline script.
  await page.evaluate(`${AXE_SOURCE}\naxe.configure({ locale: ${AXE_FRENCH} });`);
  return page.evaluate(async (tags) => {
    const results = await (globalThis as unknown as { axe: AxeApi }).axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return {
      violations: results.violations.map(({ id, help, helpUrl, nodes }) => ({
        id,
        help,
        helpUrl,
        nodes: nodes.map(({ target, html }) => ({ target: target.map(String), html })),
      })),
      passes: results.passes.length,
    };
  }, AXE_TAGS);
}

/**
 * Console errors, uncaught exceptions, failed requests and requests to another host are all faults,
 * but for the error status of a page expected to answer one (`erroneous`), which Chromium logs.
 */
function watchPage(
  page: Page,
  origin: string,
  report: (rule: string, message: string, element?: string) => void,
  transfers: Transfer[],
  erroneous?: string,
): { stop(): Promise<void> } {
  const measuring: Promise<void>[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error" && message.location().url !== erroneous)
      report("console-error", `erreur dans la console : ${message.text()}`, message.location().url || undefined);
  };
  const onPageError = (error: Error) => report("script-error", `exception non rattrapée : ${error.message}`);
  const onRequest = (request: Request) => {
    const { protocol, origin: requestOrigin } = new URL(request.url());
    if (/^https?:$/.test(protocol) && requestOrigin !== origin)
      report("foreign-request", `requête vers un autre hôte : ${request.url()}`);
  };
  const onRequestFailed = (request: Request) =>
    report("request-failed", `requête échouée (${request.failure()?.errorText}) : ${request.url()}`);
  const onRequestFinished = (request: Request) => {
    measuring.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        if (response.status() >= 400 && request.resourceType() !== "document")
          report("request-failed", `réponse ${response.status()} : ${request.url()}`);
        const sizes = await request.sizes();
        transfers.push({
          url: request.url(),
          resourceType: request.resourceType(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        });
      })(),
    );
  };
  page
    .on("console", onConsole)
    .on("pageerror", onPageError)
    .on("request", onRequest)
    .on("requestfailed", onRequestFailed)
    .on("requestfinished", onRequestFinished);
  return {
    // Waits for the last measurements, then leaves the tab to the next page.
    async stop() {
      for (let settled = 0; settled < measuring.length; settled = measuring.length)
        await Promise.all(measuring.slice(settled));
      page
        .off("console", onConsole)
        .off("pageerror", onPageError)
        .off("request", onRequest)
        .off("requestfailed", onRequestFailed)
        .off("requestfinished", onRequestFinished);
    },
  };
}

export interface AuditOptions {
  /** The server's origin: any request elsewhere is a fault. */
  origin: string;
  /** Status the page must answer with (404 for the error page). */
  expectStatus?: number;
  /** Where the content images are (`/aide/img/`), counted apart in the page weight. */
  contentImagesPrefix: string;
}

export interface PageAudit {
  page: string;
  issues: AuditIssue[];
  weight: PageWeight;
  axe: { violations: number; passes: number };
}

interface AxeViolation {
  id: string;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string }[];
}

interface AxeApi {
  run(
    context: Document,
    options: object,
  ): Promise<{
    violations: { id: string; help: string; helpUrl: string; nodes: { target: unknown[]; html: string }[] }[];
    passes: unknown[];
  }>;
}
