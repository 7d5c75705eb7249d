import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { cumulativeShift, type LayoutShift, layoutShifts } from "../support/layout-shifts.ts";
import { readResults } from "../support/search-page.ts";
import { type ServedSite, serveBuiltSite } from "../support/served-site.ts";

const GUIDE = "/aide/fr/guides-producteur/presentation/connexion-inscription/";
const PHONE = { width: 412, height: 823, mobile: true };
const DESKTOP = { width: 1280, height: 800 };
/** Well under Lighthouse's « good » 0.1: what remains is text reflowing when the Marianne fonts arrive. */
const MAX_SHIFT = 0.01;

let served: ServedSite;
let browser: Browser;
before(async () => {
  [served, browser] = await Promise.all([serveBuiltSite(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await served?.stop();
});

const explained = (shifts: LayoutShift[]) =>
  shifts.map((shift) => `${shift.value.toFixed(4)} : ${shift.sources.join(", ")}`).join("\n");

describe("nothing on screen moves while a page loads", () => {
  for (const [name, viewport] of [
    ["a phone", PHONE],
    ["a wide screen", DESKTOP],
  ] as const) {
    it(`on the search page, with and without a query, when the results and their filters arrive, on ${name}`, async () => {
      const empty = await layoutShifts(browser, served.server.url("/aide/fr/recherche/"), viewport);
      assert.ok(cumulativeShift(empty) <= MAX_SHIFT, explained(empty));
      const found = await layoutShifts(
        browser,
        served.server.url("/aide/fr/recherche/?q=connexion"),
        viewport,
        (page) => readResults(page, /résultats? pour « connexion »/),
      );
      assert.ok(cumulativeShift(found) <= MAX_SHIFT, explained(found));
    });

    it(`on the connection guide, its screenshots' room kept by their width and height, on ${name}`, async () => {
      const shifts = await layoutShifts(browser, served.server.url(GUIDE), viewport, (page) =>
        page.evaluate(() => document.querySelector<HTMLImageElement>("img[fetchpriority=high]")?.decode()),
      );
      assert.ok(cumulativeShift(shifts) <= MAX_SHIFT, explained(shifts));
    });
  }
});

describe("the connection guide's first screenshot", () => {
  it("is fetched at once and first, the other screenshots lazily", () => {
    const html = served.site.html(GUIDE);
    const images = [...html.matchAll(/<img [^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => tag.includes("/img/guides/"));
    assert.match(images[0]!, /loading="eager" fetchpriority="high"/);
    for (const image of images.slice(1)) assert.match(image, /loading="lazy"/);
  });
});
