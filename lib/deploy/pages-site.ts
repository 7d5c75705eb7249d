import { copyFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The folder of the Pages site the help is published in, as in production (`/aide/`). */
export const PAGES_SECTION = "aide";

/**
 * Where a copy of the help on GitHub or GitLab Pages lives, from the Pages URL of the project
 * (`https://ign.gitlab.io/aide-cartes`): under `/aide/` of that URL, as in production, and the
 * sitemap on its origin.
 */
export function pagesTarget(pagesUrl: string): PagesTarget {
  const url = new URL(pagesUrl);
  const base = url.pathname.replace(/\/+$/, "");
  return { siteUrl: url.origin, pathPrefix: `${base}/${PAGES_SECTION}/`, siteDir: PAGES_SECTION };
}

/**
 * Completes a Pages folder whose site was built in `<folder>/aide/`: its home and 404 pages also
 * at the root (Pages answers any unknown address with the root's 404.html), with the icon browsers
 * ask the root for, and without the
 * build's own dot files, which nginx refuses to serve and GitLab Pages would publish.
 */
export function completePagesFolder(folder: string): void {
  const site = path.join(folder, PAGES_SECTION);
  for (const entry of readdirSync(site)) if (entry.startsWith(".")) rmSync(path.join(site, entry), { recursive: true });
  for (const page of ["index.html", "404.html", "favicon.ico"])
    copyFileSync(path.join(site, page), path.join(folder, page));
}

export interface PagesTarget {
  /** The origin, for `SITE_URL`. */
  siteUrl: string;
  /** The path prefix of the build (`/aide-cartes/aide/`). */
  pathPrefix: string;
  /** The site's folder in the Pages folder. */
  siteDir: string;
}
