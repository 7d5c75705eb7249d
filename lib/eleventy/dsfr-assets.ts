import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { iconClassesIn, iconSubset } from "../content/dsfr-icons.ts";
import { DSFR_DIST as DIST, DSFR_VERSION, dsfrUrl } from "../content/dsfr-paths.ts";
import { classesIn, dsfrStylesheet } from "../content/dsfr-stylesheet.ts";
import { directoriesOf, type AfterEvent } from "./eleventy-shapes.ts";

const ENTRY_FILES = ["dsfr.module.min.js", "dsfr.nomodule.min.js", "favicon/favicon.svg", "favicon/favicon.ico", "favicon/apple-touch-icon.png", "favicon/manifest.webmanifest", "favicon/android-chrome-192x192.png", "favicon/android-chrome-512x512.png"];
/** The site's stylesheet of the DSFR, under `/dsfr/`: its content follows the pages, so its URL is revalidated. */
export const DSFR_STYLESHEET = "/dsfr/dsfr-site.min.css";

/**
 * Publishes only what the site uses of the DSFR. Under `/dsfr/<version>/`, files that change only
 * with the DSFR: its scripts, favicons, and the fonts and icons the stylesheet points to. As
 * `/dsfr/dsfr-site.min.css`, once the pages are written: the core, the components whose classes
 * the pages use, and the utility icons they use (lib/content/dsfr-stylesheet.ts, dsfr-icons.ts).
 * The `dsfrUrl` filter gives a file's URL: `{{ "dsfr.module.min.js" | dsfrUrl }}`.
 */
export default function dsfrAssetsPlugin(eleventyConfig: UserConfig): void {
  const copies: Record<string, string> = {};
  for (const file of ENTRY_FILES) copies[`${DIST}/${file}`] = dsfrUrl(file);
  eleventyConfig.addPassthroughCopy(copies);
  eleventyConfig.addFilter("dsfrUrl", dsfrUrl);

  // Kept across the rebuilds of the dev server, which only reports the pages it rewrote.
  const usedClasses = new Set<string>();
  const usedIcons = new Set<string>();
  eleventyConfig.on("eleventy.after", ({ results }: AfterEvent) => {
    for (const { content } of results) {
      for (const name of classesIn(content ?? "")) usedClasses.add(name);
      for (const name of iconClassesIn(content ?? "")) usedIcons.add(name);
    }
    const stylesheet = dsfrStylesheet(usedClasses, `${DSFR_VERSION}/`);
    const icons = iconSubset(readFileSync(`${DIST}/utility/icons/icons.min.css`, "utf8"), usedIcons, `${DSFR_VERSION}/icons/`);
    const out = path.join(directoriesOf(eleventyConfig).output, "dsfr");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, path.basename(DSFR_STYLESHEET)), `${stylesheet.css}\n${icons.css}`);
    for (const file of new Set([...stylesheet.files, ...icons.files])) {
      const target = path.join(out, DSFR_VERSION, file);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(DIST, file), target);
    }
  });
}
