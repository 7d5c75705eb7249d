import type { Page } from "playwright-core";

/**
 * The strictest policy the site must run under: scripts from the site only, plus the WebAssembly
 * Pagefind compiles; `data:` images because the DSFR stylesheet draws its logo and icons with them.
 */
export const SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:";

/** Waits until the results page has answered (its status gives a count, or says search is unavailable, and holds `expected`), then reads it. */
export async function readResults(page: Page, expected: string | RegExp = ""): Promise<ShownResults> {
  await page
    .locator("#recherche-statut")
    .filter({ hasText: /résultat|indisponible/ })
    .filter({ hasText: expected })
    .waitFor();
  const texts = async (selector: string) => (await page.locator(selector).allTextContents()).map((text) => text.trim());
  return {
    status: (await page.textContent("#recherche-statut")) ?? "",
    links: await page
      .locator("#recherche-resultats .fr-card__title a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? "")),
    guides: await texts("#recherche-resultats .fr-card__detail"),
    marks: (await texts("#recherche-resultats mark")).map((word) => word.toLowerCase()),
    inputs: await page
      .locator("input[name=q]")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
  };
}

export interface ShownResults {
  /** What the live region says (« 3 résultats pour « … ». »). */
  status: string;
  /** The `href` of each result card, in order. */
  links: string[];
  /** The guide named on each card ("" when the page is outside every guide). */
  guides: string[];
  /** The highlighted words, lower-cased. */
  marks: string[];
  /** The value of every search field of the page (header and page). */
  inputs: string[];
}
