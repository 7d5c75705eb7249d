import { readFileSync } from "node:fs";

/** The installed DSFR's published files. */
export const DSFR_DIST = "node_modules/@gouvfr/dsfr/dist";

/** Its version, read once from its package. */
export const DSFR_VERSION: string = JSON.parse(readFileSync("node_modules/@gouvfr/dsfr/package.json", "utf8")).version;

/**
 * The site's URL of a DSFR file (`dsfr.min.css`, `artwork/pictograms/…`): under the DSFR's
 * version, so that the URL changes with the file and browsers may keep it for a year.
 */
export function dsfrUrl(file: string): string {
  return `/dsfr/${DSFR_VERSION}/${file.replace(/^\/+/, "")}`;
}
