import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DSFR_DIST } from "../dsfr/paths.ts";

/**
 * A headless Chromium page (Debian's, driven by playwright-core) with Mermaid and the DSFR's
 * Marianne font loaded, so that Mermaid sizes the boxes for the very font the site shows.
 * Everything is served from node_modules through `page.route`: the page makes no network request.
 * playwright-core is loaded only here, when a diagram is missing from the cache.
 */
export async function openMermaidPage(executablePath: string): Promise<{ browser: Browser; page: Page }> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--disable-gpu", "--no-first-run"],
    // Playwright's own signal handlers close the browser but keep the process alive: `npm start`
    // would then ignore a SIGTERM. Chromium goes when this process does (it is driven through a pipe).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname;
      if (file === "/") return route.fulfill({ contentType: "text/html", body: PAGE });
      if (file === "/mermaid.min.js")
        return route.fulfill({ contentType: "text/javascript", body: readFileSync(MERMAID_SCRIPT) });
      if (/^\/fonts\/Marianne-(Regular|Bold)\.woff2$/.test(file))
        return route.fulfill({ contentType: "font/woff2", body: readFileSync(path.join(DSFR_DIST, file)) });
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(async (config) => {
      // Text is measured when a diagram is drawn: the fonts must be there before the first one.
      await Promise.all([document.fonts.load("400 14px Marianne"), document.fonts.load("700 14px Marianne")]);
      (window as unknown as { mermaid: { initialize(settings: unknown): void } }).mermaid.initialize(config);
    }, MERMAID_CONFIG);
    return { browser, page };
  } catch (cause) {
    await browser.close();
    throw cause;
  }
}

/** Mermaid's version: part of the cache's key. */
export function mermaidVersion(): string {
  return (require("mermaid/package.json") as { version: string }).version;
}

/** Mermaid's settings for the site: SVG text (no HTML in foreignObject), Marianne, the DSFR's colours. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: "strict",
  deterministicIds: true,
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily: "Marianne, arial, sans-serif",
  // Flat, as the DSFR is: no hand-drawn or "neo" look.
  look: "classic",
  theme: "base",
  themeVariables: {
    fontFamily: "Marianne, arial, sans-serif",
    fontSize: "14px",
    primaryColor: "#f5f5fe", // blue-france-975
    primaryBorderColor: "#000091", // blue-france-sun-113
    primaryTextColor: "#161616", // grey-50
    lineColor: "#3a3a3a", // grey-200
    secondaryColor: "#eeeeee",
    tertiaryColor: "#ffffff",
    noteBkgColor: "#fef7da", // yellow-tournesol-975
    noteBorderColor: "#716043",
  },
} as const;

const require = createRequire(import.meta.url);
const MERMAID_SCRIPT = require.resolve("mermaid/dist/mermaid.min.js");
const ORIGIN = "http://mermaid.invalid";
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: Marianne; src: url(/fonts/Marianne-Regular.woff2) format("woff2"); font-weight: 400; }
@font-face { font-family: Marianne; src: url(/fonts/Marianne-Bold.woff2) format("woff2"); font-weight: 700; }
body { font-family: Marianne, arial, sans-serif; }
</style><script src="/mermaid.min.js"></script></head><body></body></html>`;
