import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { error, type Finding } from "../checks/finding.ts";

/** Where the index goes, under the site's root. */
export const SEARCH_FOLDER = "pagefind";

/**
 * Writes the Pagefind index of a built site into `<siteDir>/pagefind/`. Only pages with a
 * `data-pagefind-body` element are indexed; the language (French stemming) comes from `<html lang>`.
 * See https://pagefind.app/docs/node-api/
 */
export async function indexSite(siteDir: string): Promise<Finding[]> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) return failed(siteDir, createErrors);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) return failed(siteDir, added.errors);
    if (added.page_count === 0)
      return failed(
        siteDir,
        ["le site ne contient aucune page HTML"],
        "Vérifiez que la construction par Eleventy a bien écrit les pages.",
      );
    const outputPath = path.join(siteDir, SEARCH_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return failed(siteDir, written.errors);
    for (const file of readdirSync(outputPath)) if (READY_MADE_UI.test(file)) rmSync(path.join(outputPath, file));
    if (indexedPages(outputPath) === 0) {
      return failed(
        siteDir,
        ["aucune page n’a été indexée"],
        "Vérifiez que le gabarit des pages marque leur contenu avec l’attribut data-pagefind-body.",
      );
    }
    return [];
  } finally {
    await index.deleteIndex();
  }
}

/** Pagefind's ready-made interfaces: the site has its own DSFR results page, so they are not published. */
const READY_MADE_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages in the index, all languages together, as the bundle's entry file counts them. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function failed(
  siteDir: string,
  errors: string[],
  fix = "Relancez la construction ; si l’erreur persiste, signalez-la à l’équipe technique.",
): Finding[] {
  return errors.map((message) =>
    error("search-index", siteDir, `L’index de recherche n’a pas pu être écrit : ${message}`, fix),
  );
}
