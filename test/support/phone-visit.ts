import type { Browser } from "playwright-core";
import { type PageWeight, pageWeight, type Transfer } from "../../tools/audit/page-weight.ts";
import { newAuditTab } from "./page-audit.ts";

/**
 * A first visit of a page on a phone: a fresh profile with the cache off, a 375 px wide
 * touch screen at the given pixel density, up to `load` and the fonts' arrival, without
 * scrolling (lazy images further down are not counted, unless the browser fetched them already).
 */
export async function phoneVisit(browser: Browser, url: string, options: PhoneOptions = {}): Promise<PhoneVisit> {
  const page = await newAuditTab(browser, {
    viewport: { width: options.width ?? 375, height: options.height ?? 667 },
    deviceScaleFactor: options.deviceScaleFactor ?? 2,
    isMobile: true,
    hasTouch: true,
  });
  const transfers: Transfer[] = [];
  const measuring: Promise<void>[] = [];
  page.on("requestfinished", (request) =>
    measuring.push(
      (async () => {
        const sizes = await request.sizes();
        transfers.push({
          url: request.url(),
          resourceType: request.resourceType(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        });
      })(),
    ),
  );
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await Promise.all(measuring);
  await page.context().close();
  const contentImagesPrefix = options.contentImagesPrefix ?? "/aide/img/";
  return {
    weight: pageWeight(transfers, contentImagesPrefix),
    contentImages: transfers
      .filter((transfer) => new URL(transfer.url).pathname.startsWith(contentImagesPrefix))
      .map((transfer) => new URL(transfer.url).pathname),
  };
}

export interface PhoneOptions {
  width?: number;
  height?: number;
  /** 2 by default, as most 375 px wide phones. */
  deviceScaleFactor?: number;
  contentImagesPrefix?: string;
}

export interface PhoneVisit {
  weight: PageWeight;
  /** The content images the visit fetched, by path. */
  contentImages: string[];
}
