import { existsSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { unknownPictogram } from "../checks/pictograms.ts";
import { lineOf } from "../checks/source-line.ts";
import { artworkSvg } from "../content/artwork.ts";
import { pictogramNames, resolvePictogram } from "../content/pictograms.ts";
import { publishFiles } from "../build/publish-files.ts";
import { directoriesOf } from "./eleventy-shapes.ts";
import { reportRenderFinding } from "./render-findings.ts";

/**
 * `artwork(name, size)` global: draws a DSFR pictogram, remembers it so that only the pictograms
 * the site uses are published, and reports an unknown one against the page that names it.
 */
export default function pictogramsPlugin(eleventyConfig: UserConfig): void {
  let names: string[] | undefined;
  eleventyConfig.on("eleventy.before", () => used.clear());

  const pictogramUrl = (name: string, page: { inputPath: string } | undefined): string => {
    const resolved = resolvePictogram(String(name));
    if (resolved) {
      if (resolved.fromDsfr) used.set(resolved.url, resolved.file);
      return resolved.url;
    }
    names ??= pictogramNames();
    const file = path.relative(".", page?.inputPath ?? "");
    reportRenderFinding(unknownPictogram(file, String(name), names, lineOf(file, String(name))));
    return "";
  };

  // Every page draws pictograms (its own, the display settings'…): each one is drawn once, not once per page.
  eleventyConfig.addNunjucksGlobal("artwork", function (this: { ctx: { page?: { inputPath: string } } }, name: string, size = 80) {
    const key = `${eleventyConfig.pathPrefix} ${name} ${size}`;
    let drawing = drawn.get(key);
    if (!drawing) {
      const url = pictogramUrl(name, this.ctx.page);
      // An unknown pictogram is not remembered: every page that names it gets its finding.
      if (!url) return "";
      // <use href> is not among the attributes HtmlBasePlugin prefixes.
      drawing = { svg: artworkSvg(eleventyConfig.getFilter("url")(url), size), published: used.has(url) ? [url, used.get(url)!] : undefined };
      drawn.set(key, drawing);
    }
    if (drawing.published) used.set(...drawing.published);
    return new nunjucks.runtime.SafeString(drawing.svg);
  });

  // Files this process has published: a dev server rebuild copies only the pictograms new to it.
  const published = new Set<string>();
  eleventyConfig.on("eleventy.after", async () => {
    const files: [string, string][] = [];
    for (const [url, file] of used) {
      const target = path.join(directoriesOf(eleventyConfig).output, url);
      if (published.has(target) && existsSync(target)) continue;
      files.push([file, target]);
      published.add(target);
    }
    await publishFiles(files);
  });
}

/**
 * Pictograms met while rendering, for the whole process: a later build in the same process can
 * render layouts compiled by an earlier one, whose filter is the earlier plugin's.
 */
const used = new Map<string, string>();
/** The same for the drawings, by path prefix, pictogram and size, with the DSFR file each one publishes. */
const drawn = new Map<string, { svg: string; published?: [url: string, file: string] }>();
