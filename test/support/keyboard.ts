import type { Page } from "playwright-core";

/** Presses Tab until the focused element matches `selector`, at most `limit` times; returns how many presses it took. */
export async function tabUntil(page: Page, selector: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((wanted) => Boolean(document.activeElement?.matches(wanted)), selector)) return presses;
  }
  throw new Error(`${limit} appuis sur Tab sans atteindre « ${selector} »`);
}

/** The part of the page each focus stop of a Tab walk falls in (`search`, `menu`, `side-menu`, `content`, or `other`). */
export async function tabWalk(page: Page, presses: number): Promise<string[]> {
  const regions: string[] = [];
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press("Tab");
    regions.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return "none";
        if (element.closest("#recherche")) return "search";
        if (element.closest("#navigation-principale")) return "menu";
        if (element.closest(".fr-sidemenu")) return "side-menu";
        if (element.closest("article[data-pagefind-body]")) return "content";
        return "other";
      }),
    );
  }
  return regions;
}

/** Activates each skip link with the keyboard and tells which ones do not take the next Tab inside their target. */
export async function skipLinksMissingTheirTarget(page: Page): Promise<string[]> {
  const missing: string[] = [];
  for (const link of await page.locator(".fr-skiplinks a[href^='#']").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    await link.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(
      (selector) => Boolean(document.querySelector(selector)?.contains(document.activeElement)),
      href,
    );
    if (!inside) missing.push(href);
  }
  return missing;
}
