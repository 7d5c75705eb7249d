/**
 * Renders the PNG mock-ups of the guide « Connexion et inscription ».
 *
 *   npx tsx scripts/render-guide-images.ts
 *
 * Each screen (tools/guide-images/screens.ts) is an HTML page styled with
 * the real DSFR CSS, served from disk through request interception (no
 * network access at all) and captured by headless Chromium.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Route } from "playwright-core";
import { renderDocument } from "../tools/guide-images/layout.ts";
import { screens } from "../tools/guide-images/screens.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DSFR_DIST = path.join(ROOT, "node_modules/@gouvfr/dsfr/dist");
const OUT_DIR = path.join(ROOT, "public/img/guides/producteur/presentation/connexion-inscription");
const ORIGIN = "http://mockup.invalid";
const VIEWPORT = { width: 1200, height: 750 };
const MAX_BYTES = 200 * 1024;

const MIME_TYPES: Record<string, string> = {
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/**
 * Serves the page itself and DSFR assets; every other request is refused and
 * its URL pushed to `refused`, so that a broken mock-up fails the run.
 */
async function serve(route: Route, html: string, refused: string[]): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin === ORIGIN && url.pathname === "/") {
    return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
  }
  const file = path.join(DSFR_DIST, decodeURIComponent(url.pathname).replace(/^\/dsfr\//, ""));
  const contentType = MIME_TYPES[path.extname(file)];
  if (
    url.origin !== ORIGIN ||
    !url.pathname.startsWith("/dsfr/") ||
    !file.startsWith(DSFR_DIST + path.sep) ||
    !contentType
  ) {
    refused.push(url.href);
    return route.abort("blockedbyclient");
  }
  return route.fulfill({ contentType, body: await readFile(file) });
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "fr-FR" });
    for (const screen of screens) {
      const page = await context.newPage();
      const html = renderDocument(screen);
      const refused: string[] = [];
      await page.route("**/*", (route) => serve(route, html, refused));
      await page.goto(`${ORIGIN}/`, { waitUntil: "load" });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const png = await page.screenshot({ type: "png" });
      await page.close();
      if (refused.length > 0) throw new Error(`${screen.file}: refused requests ${refused.join(", ")}`);
      if (png.length > MAX_BYTES) throw new Error(`${screen.file}: ${png.length} bytes, over ${MAX_BYTES}`);
      await writeFile(path.join(OUT_DIR, screen.file), png);
      console.log(`${screen.file}  ${(png.length / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
}

await main();
