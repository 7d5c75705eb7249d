import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { DSFR_DIST, dsfrUrl } from "./paths.ts";

/** Where pictograms come from: the installed DSFR first, then the site's own. */
export interface PictogramSources {
  dsfrDir: string;
  siteDir: string;
}

export const DEFAULT_PICTOGRAM_SOURCES: PictogramSources = {
  dsfrDir: `${DSFR_DIST}/artwork/pictograms`,
  siteDir: "public/artwork/pictograms",
};

/** The DSFR's pictograms, then those of a site's `public/artwork/pictograms/` (`custom/…`). */
export function pictogramSourcesOf(publicDir: string): PictogramSources {
  return { dsfrDir: DEFAULT_PICTOGRAM_SOURCES.dsfrDir, siteDir: path.join(publicDir, "artwork", "pictograms") };
}

/**
 * Resolves `map/location-france.svg` to the file to publish and its URL on the site,
 * or to the list of valid names that the checks suggest from.
 */
export function resolvePictogram(name: string, sources = DEFAULT_PICTOGRAM_SOURCES): ResolvedPictogram | undefined {
  const clean = name.replace(/^\/+/, "");
  if (clean.includes("..")) return undefined;
  const dsfrFile = path.join(sources.dsfrDir, clean);
  if (existsSync(dsfrFile)) return { file: dsfrFile, url: dsfrUrl(`artwork/pictograms/${clean}`), fromDsfr: true };
  const siteFile = path.join(sources.siteDir, clean);
  if (existsSync(siteFile)) return { file: siteFile, url: `/artwork/pictograms/${clean}`, fromDsfr: false };
  return undefined;
}

/** Every valid pictogram name (`folder/name.svg`), for suggestions. */
export function pictogramNames(sources = DEFAULT_PICTOGRAM_SOURCES): string[] {
  return [sources.dsfrDir, sources.siteDir].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .flatMap((folder) => readdirSync(path.join(dir, folder.name)).map((file) => `${folder.name}/${file}`))
      : [],
  );
}

/**
 * The DSFR artwork a page names by its path under `/artwork/`, as eleventy-dsfr sites publish it
 * (`/artwork/pictograms/digital/ecosystem.svg`, `/artwork/background/ovoid.svg`): each file the
 * DSFR has there and the site does not (`public/artwork/…` is the site's own, copied as it is).
 * The pictograms `artwork()` draws, under `/dsfr/<version>/artwork/`, are published already.
 * `exists` is asked once per file and may remember its answers.
 */
export function dsfrArtworkNamedIn(
  html: string,
  publicDir: string,
  exists: (file: string) => boolean = existsSync,
  dsfrDir = `${DSFR_DIST}/artwork`,
): ResolvedPictogram[] {
  const found = new Map<string, ResolvedPictogram>();
  const versioned = dsfrUrl("").replace(/\/$/, "");
  // Every page names the pictograms its layout draws, published already: those are stepped over
  // before any regular expression runs.
  for (let at = html.indexOf("/artwork/"); at >= 0; at = html.indexOf("/artwork/", at + 1)) {
    if (at >= versioned.length && html.startsWith(versioned, at - versioned.length)) continue;
    ARTWORK_PATH.lastIndex = at;
    const file = ARTWORK_PATH.exec(html)?.[1];
    if (!file || file.includes("..") || found.has(file)) continue;
    if (exists(path.join(publicDir, "artwork", file))) continue;
    const dsfrFile = path.join(dsfrDir, file);
    if (exists(dsfrFile)) found.set(file, { file: dsfrFile, url: `/artwork/${file}`, fromDsfr: true });
  }
  return [...found.values()];
}

/** `/artwork/<path>.svg` where it starts (sticky): the file under the artwork folder. */
const ARTWORK_PATH = /\/artwork\/([\w-]+(?:\/[\w.-]+)*\.svg)/y;

export interface ResolvedPictogram {
  file: string;
  url: string;
  fromDsfr: boolean;
}
