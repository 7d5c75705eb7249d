import { mkdirSync, writeFileSync } from "node:fs";
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
    if (added.page_count === 0) return failed(siteDir, ["le site ne contient aucune page HTML"], "Vérifiez que la construction par Eleventy a bien écrit les pages.");
    const built = await index.getFiles();
    if (built.errors.length > 0) return failed(siteDir, built.errors);
    const files = built.files.filter((file) => !READY_MADE_UI.test(file.path));
    if (indexedPages(files) === 0) {
      return failed(siteDir, ["aucune page n’a été indexée"], "Vérifiez que le gabarit des pages marque leur contenu avec l’attribut data-pagefind-body.");
    }
    writeFiles(path.join(siteDir, SEARCH_FOLDER), files);
    return [];
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Writes the index one file after the other, the same bytes as Pagefind's own `writeFiles`, whose
 * threads wait on each other for the folder of its thousands of fragments: on a site already on
 * disk, 3.4 s instead of 4.1–4.5 s at 4,000 pages; just after Eleventy's writes, no difference shows.
 */
function writeFiles(outputDir: string, files: pagefind.IndexFile[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    const target = path.join(outputDir, file.path);
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, file.content);
  }
}

/** Pagefind's ready-made interfaces: the site has its own DSFR results page, so they are not published. */
const READY_MADE_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages in the index, all languages together, as the bundle's entry file counts them. */
function indexedPages(files: pagefind.IndexFile[]): number {
  const entry = files.find((file) => file.path === "pagefind-entry.json");
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString("utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

function failed(siteDir: string, errors: string[], fix = "Relancez la construction ; si l’erreur persiste, signalez-la à l’équipe technique."): Finding[] {
  return errors.map((message) => error("search-index", siteDir, `L’index de recherche n’a pas pu être écrit : ${message}`, fix));
}
