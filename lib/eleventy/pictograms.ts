import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { unknownPictogram } from "../checks/pictograms.ts";
import { lineOf } from "../checks/source-line.ts";
import { pictogramNames, resolvePictogram } from "../content/pictograms.ts";
import { directoriesOf } from "./eleventy-shapes.ts";
import { reportRenderFinding } from "./render-findings.ts";

/**
 * `pictogramUrl` filter: resolves a DSFR pictogram, remembers it so that only the pictograms
 * the site uses are published, and reports an unknown one against the page that names it.
 */
export default function pictogramsPlugin(eleventyConfig: UserConfig): void {
  let names: string[] | undefined;
  eleventyConfig.on("eleventy.before", () => used.clear());

  eleventyConfig.addFilter("pictogramUrl", function (this: { page?: { inputPath: string } }, name: string) {
    const resolved = resolvePictogram(String(name));
    if (resolved) {
      if (resolved.fromDsfr) used.set(resolved.url, resolved.file);
      return resolved.url;
    }
    names ??= pictogramNames();
    const file = path.relative(".", this.page?.inputPath ?? "");
    reportRenderFinding(unknownPictogram(file, String(name), names, lineOf(file, String(name))));
    return "";
  });

  eleventyConfig.on("eleventy.after", () => {
    for (const [url, file] of used) {
      const target = path.join(directoriesOf(eleventyConfig).output, url);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
    }
  });
}

/**
 * Pictograms met while rendering, for the whole process: a later build in the same process can
 * render layouts compiled by an earlier one, whose filter is the earlier plugin's.
 */
const used = new Map<string, string>();
