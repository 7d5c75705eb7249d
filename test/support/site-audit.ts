import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { checkHtmlFiles, type HtmlCheck } from "../../tools/audit/nu-html-checker.ts";
import type { NginxServer } from "./nginx.ts";
import { auditPage, newAuditTab, type PageAudit } from "./page-audit.ts";

/** The address nginx must answer with the 404 page. */
export const UNKNOWN_PAGE = "/aide/fr/page-qui-n-existe-pas/";
/** Pages audited at once: enough to keep two cores busy while each page waits for its network to settle. */
const CONCURRENCY = 3;

/**
 * Audits every page of a site built under /aide/ and served by nginx: each page in a fresh
 * browser profile (auditPage), the 404 page at an unknown address, and every HTML file with the
 * Nu Html Checker, started once and run while the browser works.
 */
export async function auditSite(siteDir: string, server: NginxServer, browser: Browser): Promise<SiteAudit> {
  const files = htmlFiles(siteDir);
  const pageOf = (file: string) => pageUrl(path.relative(siteDir, file));
  const htmlCheck = checkHtmlFiles(files, pageOf);
  // Pages that only send the reader elsewhere (the root index.html, which nginx answers first, and
  // the old addresses of _data/redirects.json): nothing to see in a browser.
  const urls = files.filter((file) => !isRedirect(file)).map(pageOf);
  const pages: PageAudit[] = [];
  const queue = [...urls];
  const worker = async () => {
    const tab = await newAuditTab(browser);
    for (let url = queue.shift(); url; url = queue.shift()) {
      const notFound = url === "/aide/404.html";
      pages.push(
        await auditPage(tab, server.url(notFound ? UNKNOWN_PAGE : url), {
          origin: server.origin,
          expectStatus: notFound ? 404 : 200,
          contentImagesPrefix: "/aide/img/",
        }),
      );
    }
    await tab.context().close();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  pages.sort((a, b) => a.page.localeCompare(b.page));
  return { pages, html: await htmlCheck };
}

/** Every HTML file of the built site, Pagefind's aside. */
function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => path.join(siteDir, file))
    .sort();
}

function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, "utf8"));
}

/** `fr/guide/index.html` → `/aide/fr/guide/`. */
function pageUrl(file: string): string {
  return `/aide/${file
    .split(path.sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1")}`;
}

export interface SiteAudit {
  pages: PageAudit[];
  html: HtmlCheck;
}
