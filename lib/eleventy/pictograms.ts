import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import nunjucks from "nunjucks";
import { unknownPictogram } from "../checks/rules/unknown-pictograms.ts";
import { artworkLayersIn, artworkSvg } from "../dsfr/artwork.ts";
import { dsfrArtworkNamedIn, pictogramNames, pictogramSourcesOf, resolvePictogram } from "../dsfr/pictogram-files.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { publishFiles } from "../pipeline/publish-files.ts";
import { lineOf } from "../shared/source-line.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/**
 * `artwork(name, size)` global: draws a DSFR pictogram or one of the site's own
 * (`public/artwork/pictograms/custom/…`), remembers it so that only the DSFR pictograms the site
 * uses are published, and reports an unknown one against the page that names it. A DSFR pictogram
 * a page names by its eleventy-dsfr path (`/artwork/pictograms/…`) is published there.
 */
export default function pictogramsPlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  const sources = pictogramSourcesOf(publicDir);
  let names: string[] | undefined;
  const used = build.pictograms;
  // Every page draws pictograms (its own, the display settings'…): each one is drawn once per build, not once per page,
  // with the DSFR file it publishes.
  const drawn = new Map<string, { svg: string; published?: [url: string, file: string] }>();

  const pictogramOf = (name: string, page: { inputPath: string } | undefined) => {
    const resolved = resolvePictogram(String(name), sources);
    if (resolved) {
      if (resolved.fromDsfr) used.set(resolved.url, resolved.file);
      return {
        url: resolved.url,
        layers: resolved.fromDsfr ? undefined : artworkLayersIn(readFileSync(resolved.file, "utf8")),
      };
    }
    names ??= pictogramNames(sources);
    const file = path.relative(".", page?.inputPath ?? "");
    build.report(unknownPictogram(file, String(name), names, lineOf(file, String(name))));
    return undefined;
  };

  eleventyConfig.addNunjucksGlobal(
    "artwork",
    function (this: { ctx: { page?: { inputPath: string } } }, name: string, size = 80) {
      const key = `${name} ${size}`;
      let drawing = drawn.get(key);
      if (!drawing) {
        const pictogram = pictogramOf(name, this.ctx.page);
        // An unknown pictogram is not remembered: every page that names it gets its finding.
        if (!pictogram) return "";
        const { url, layers } = pictogram;
        // <use href> is not among the attributes HtmlBasePlugin prefixes.
        drawing = {
          svg: artworkSvg(eleventyConfig.getFilter("url")(url), size, layers),
          published: used.has(url) ? [url, used.get(url)!] : undefined,
        };
        drawn.set(key, drawing);
      }
      if (drawing.published) used.set(...drawing.published);
      return new nunjucks.runtime.SafeString(drawing.svg);
    },
  );

  // Pages written for eleventy-dsfr name the DSFR's artwork where its templates publish it, under `/artwork/`.
  const existing = new Map<string, boolean>();
  const exists = (file: string) => existing.get(file) ?? existing.set(file, existsSync(file)).get(file)!;
  eleventyConfig.addTransform("dsfr-artwork-paths", (content: unknown) => {
    if (typeof content === "string" && content.includes("/artwork/"))
      for (const artwork of dsfrArtworkNamedIn(content, publicDir, exists)) used.set(artwork.url, artwork.file);
    return content;
  });

  // Files published by an earlier run: a dev server rebuild copies only the pictograms new to it.
  const published = new Set<string>();
  build.onWrite(() => {
    const files: [string, string][] = [];
    for (const [url, file] of used) {
      const target = path.join(directoriesOf(eleventyConfig).output, url);
      if (published.has(target) && existsSync(target)) continue;
      files.push([file, target]);
      published.add(target);
    }
    publishFiles(files);
  });
}
