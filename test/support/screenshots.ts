import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

/** Where the tests leave screenshots for reviewers (test-results/ is not committed). */
export const SCREENSHOTS = "test-results/screenshots";

/** Full-page screenshots of a page at 1280 and 375 px, every image loaded, no focus ring: `<name>-<width>-<theme>.png`. */
export async function screenshots(page: Page, name: string, theme: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => {
    for (const image of document.querySelectorAll("img[loading=lazy]")) image.setAttribute("loading", "eager");
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}-${theme}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
