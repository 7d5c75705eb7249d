import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { DSFR_DIST, DSFR_VERSION } from "../../lib/dsfr/paths.ts";
import { siteStyles } from "../../lib/dsfr/site-stylesheet.ts";
import { newAuditContext } from "./page-audit.ts";

/**
 * The whole DSFR stylesheet and its icons, as the site would publish them if it did not pick
 * components: same URLs for fonts and icons, same upright-only Marianne, the site's own styles last.
 */
export function fullDsfrStylesheet(): string {
  const relocate = (css: string) =>
    css.replace(/url\((?!["']?data:)(["']?)(?:\.\.\/\.\.\/)?/g, `url($1${DSFR_VERSION}/`);
  const css =
    relocate(readFileSync(`${DSFR_DIST}/dsfr.min.css`, "utf8")) +
    relocate(readFileSync(`${DSFR_DIST}/utility/icons/icons.main.min.css`, "utf8"));
  return `${css.replace(/@font-face\{[^}]*font-style:italic[^}]*\}/g, "")}\n${siteStyles("public")}`;
}

/**
 * Every computed style of every element of a page (and of its ::before and ::after), as the
 * browser lays it out; with `stylesheet`, the site's DSFR stylesheet is replaced by that one and
 * the per-page component stylesheets emptied.
 */
export async function computedStyles(
  browser: Browser,
  url: string,
  width: number,
  stylesheet?: string,
): Promise<string[]> {
  const context = await newAuditContext(browser, { viewport: { width, height: 800 } });
  if (stylesheet !== undefined) {
    await context.route("**/dsfr/dsfr-site.min.css", (route) =>
      route.fulfill({ body: stylesheet, contentType: "text/css" }),
    );
    await context.route("**/dsfr/*/component/**", (route) => route.fulfill({ body: "", contentType: "text/css" }));
  }
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  // Laid out for good: fonts loaded, the DSFR's scripts started and its transitions over.
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-fr-js"));
  // The DSFR marks a collapse (accordion, menu) `fr-collapsing` while it sets it up, outside any animation.
  await page.waitForFunction(() => !document.querySelector(".fr-collapsing"));
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
  // One string crosses from the page to Node much faster than thousands.
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll("body, body *")]
      .flatMap((element) => {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${[...element.classList].map((item) => `.${item}`).join("")}`;
        return [null, "::before", "::after"].flatMap((pseudo) => {
          const style = getComputedStyle(element, pseudo);
          // A pseudo-element without content is not drawn; custom properties only count through the properties that use them.
          if (pseudo && style.content === "none") return [];
          return [...style]
            .filter((property) => !property.startsWith("--"))
            .map((property) => `${name}${pseudo ?? ""} ${property}: ${style.getPropertyValue(property)}`);
        });
      })
      .join("\n"),
  );
  await context.close();
  return styles.split("\n");
}
