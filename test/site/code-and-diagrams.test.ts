import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { tabUntil } from "../support/keyboard.ts";
import { newAuditContext, runAxe } from "../support/page-audit.ts";
import { type ServedSite, serveBuiltSite } from "../support/served-site.ts";

const CODE = "/aide/fr/rediger/code/";
const PAGES = [CODE, "/aide/fr/rediger/diagrammes/", "/aide/fr/rediger/reference-api/exemple/"];

let served: ServedSite;
let browser: Browser;
before(async () => {
  [served, browser] = await Promise.all([serveBuiltSite(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await served?.stop();
});

describe("code, diagrams, tabs and an API reference, in Chromium behind nginx", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`pass axe's WCAG 2.1 AA rules, contrasts included, in the ${colorScheme} theme`, async () => {
      const context = await newAuditContext(browser, { colorScheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const url of PAGES) {
        await page.goto(served.server.url(url), { waitUntil: "networkidle" });
        assert.equal(await page.getAttribute("html", "data-fr-theme"), colorScheme);
        const { violations } = await runAxe(page);
        for (const violation of violations)
          found.push(`${url} ${violation.id} : ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      }
      await context.close();
      assert.deepEqual(found, []);
    });
  }

  it("copy a block's code from the keyboard, say « Copié » and announce it to screen readers", async () => {
    const context = await newAuditContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(served.server.url(CODE), { waitUntil: "networkidle" });
    const block = page.locator("[data-frx-code]").first();
    await tabUntil(page, ".frx-code__copy", 80);
    assert.equal(await page.evaluate(() => document.activeElement?.closest("[data-frx-code]") !== null), true);
    await page.keyboard.press("Enter");
    await block.locator(".frx-code__copy", { hasText: "Copié" }).waitFor();
    assert.equal(await block.locator('[role="status"]').textContent(), "Code copié dans le presse-papiers");
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      await block.locator("pre code").textContent(),
    );
    await context.close();
  });

  it("scroll a long line inside its block, with the keyboard, on a phone, the block staying within the screen", async () => {
    const context = await newAuditContext(browser, { viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(served.server.url(CODE), { waitUntil: "networkidle" });
    const pre = page.locator("pre.frx-code__pre", { hasText: "curl -H" });
    const sizes = await pre.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    assert.ok(sizes.scroll > sizes.client, JSON.stringify(sizes));
    // The block itself stays within the screen: only its content scrolls.
    assert.ok(await pre.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth));
    await scrollWithKeys(page, pre);
    // Arrow keys scroll smoothly: the block has moved once the animation has started.
    await page.waitForFunction((element) => element.scrollLeft > 0, await pre.elementHandle(), { timeout: 5000 });
    await context.close();
  });
});

/** Reaches a scrollable element with Tab, as a keyboard user would, then presses the right arrow. */
async function scrollWithKeys(page: Page, target: ReturnType<Page["locator"]>): Promise<void> {
  await target.evaluate((element) => element.setAttribute("data-cible", ""));
  await tabUntil(page, "[data-cible]", 120);
  for (let press = 0; press < 5; press++) await page.keyboard.press("ArrowRight");
}
