import type { Browser, Page } from "playwright-core";
import { newAuditContext } from "./page-audit.ts";

/**
 * The layout shifts of a first visit (Chromium's Layout Instability API, as Lighthouse's CLS adds
 * them up): the page opened at this viewport, `ready` awaited (results written…), then half a
 * second more for anything that would still move. Each shift with the elements that moved.
 */
export async function layoutShifts(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number; mobile?: boolean },
  ready: (page: Page) => Promise<unknown> = async () => {},
): Promise<LayoutShift[]> {
  const context = await newAuditContext(browser, {
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.mobile ?? false,
    hasTouch: viewport.mobile ?? false,
    deviceScaleFactor: viewport.mobile ? 2 : 1,
  });
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await ready(page);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (globalThis as unknown as { __layoutShifts: LayoutShift[] }).__layoutShifts);
  await context.close();
  return shifts;
}

/** The sum of the shifts: what Lighthouse reports as CLS for a short visit (one session window). */
export function cumulativeShift(shifts: LayoutShift[]): number {
  return shifts.reduce((sum, shift) => sum + shift.value, 0);
}

/** Installed before the page's scripts; the shifts a reader caused (typing, clicking) do not count. */
const OBSERVER = `globalThis.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    globalThis.__layoutShifts.push({
      value: entry.value,
      sources: (entry.sources || []).map((source) => {
        const node = source.node;
        const name = node && node.nodeType === 1 ? node.nodeName.toLowerCase() + (node.id ? "#" + node.id : "") + (node.className ? "." + String(node.className).trim().split(/\\s+/).join(".") : "") : "texte";
        return name + " " + Math.round(source.previousRect.y) + " → " + Math.round(source.currentRect.y);
      }),
    });
  }
}).observe({ type: "layout-shift", buffered: true });`;

export interface LayoutShift {
  value: number;
  /** The elements that moved: `footer#pied-de-page.fr-footer 480 → 544` (their top, before and after). */
  sources: string[];
}
