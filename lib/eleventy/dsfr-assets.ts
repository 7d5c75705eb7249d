import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { iconClassesIn, iconSubset } from "../content/dsfr-icons.ts";
import { DSFR_DIST as DIST, DSFR_VERSION, dsfrUrl } from "../content/dsfr-paths.ts";
import { directoriesOf, type AfterEvent } from "./eleventy-shapes.ts";

const ENTRY_FILES = ["dsfr.min.css", "dsfr.module.min.js", "dsfr.nomodule.min.js", "favicon/favicon.svg", "favicon/favicon.ico", "favicon/apple-touch-icon.png", "favicon/manifest.webmanifest", "favicon/android-chrome-192x192.png", "favicon/android-chrome-512x512.png"];

/**
 * Publishes under `/dsfr/<version>/` only what the site uses of the DSFR: its core stylesheet and
 * scripts, the fonts and icons that stylesheet points to; and, as `/dsfr/icons.min.css` (its content
 * changes with the pages, not with the DSFR), a stylesheet of the utility icons the pages use.
 * The `dsfrUrl` filter gives a file's URL: `{{ "dsfr.min.css" | dsfrUrl }}`.
 */
export default function dsfrAssetsPlugin(eleventyConfig: UserConfig): void {
  const copies: Record<string, string> = {};
  for (const file of [...ENTRY_FILES, ...cssDependencies("dsfr.min.css")]) copies[`${DIST}/${file}`] = dsfrUrl(file);
  eleventyConfig.addPassthroughCopy(copies);
  eleventyConfig.addFilter("dsfrUrl", dsfrUrl);

  const usedIcons = new Set<string>();
  eleventyConfig.on("eleventy.after", ({ results }: AfterEvent) => {
    for (const { content } of results) for (const name of iconClassesIn(content ?? "")) usedIcons.add(name);
    const subset = iconSubset(readFileSync(`${DIST}/utility/icons/icons.min.css`, "utf8"), usedIcons, `${DSFR_VERSION}/icons/`);
    const out = path.join(directoriesOf(eleventyConfig).output, "dsfr");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "icons.min.css"), subset.css);
    for (const file of subset.files) {
      const target = path.join(out, DSFR_VERSION, file);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(DIST, file), target);
    }
  });
}

/** Files a DSFR stylesheet points to with `url()` (fonts, icons), relative to `dist/`. */
function cssDependencies(stylesheet: string): string[] {
  const css = readFileSync(path.join(DIST, stylesheet), "utf8");
  const urls = [...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((match) => match[1]);
  return [...new Set(urls.filter((url) => !url.startsWith("data:")))];
}
