import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { error } from "../checks/finding.ts";
import type { Dimensions } from "../images/dimensions.ts";
import { prioritizeFirstImage } from "../images/first-image-priority.ts";
import { pruneImageCacheDaily } from "../images/image-cache.ts";
import { imageContentParams } from "../images/image-content.ts";
import type { ImageVariants } from "../images/image-variants.ts";
import { figureHtml, figureImageClasses, pictureHtml } from "../images/picture-html.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { nthLineIn } from "../shared/source-line.ts";
import { directoriesOf } from "./eleventy-shapes.ts";
import { pageSource } from "./page-source.ts";

/**
 * Content images as the site publishes them: their AVIF and WebP variants encoded while the pages
 * render (from a cache kept across builds) and linked into the site before the checks read it,
 * `{% imageContent %}` for an image with a caption, and the first image of each page loaded at once.
 * Markdown images get their `<picture>` from the markdown plugin, with the same `images`.
 */
export default function responsiveImagesPlugin(
  eleventyConfig: UserConfig,
  options: {
    build: BuildContext;
    images: ImageVariants;
    cacheDir: string;
    dimensionsOf(src: string): Dimensions | undefined;
  },
): void {
  const { build, images } = options;
  const callsByPage = new Map<string, number>();
  build.onRun(() => {
    images.beginRun();
    callsByPage.clear();
  });

  build.onWrite(async ({ runMode }) => {
    const report = await images.publish(directoriesOf(eleventyConfig).output);
    for (const failure of report.failures)
      build.report(
        error(
          "image-unreadable",
          path.relative(".", failure.file),
          `image illisible, ses variantes n’ont pas pu être produites (${failure.message})`,
          "enregistrez-la de nouveau en PNG, JPEG ou WebP depuis un logiciel d’images",
        ),
      );
    const { originals, variants, encoded, fromCache, milliseconds } = report;
    build.images = { originals, variants, encoded, fromCache, milliseconds };
    build.publishedImages = report.originalFiles;
    // A whole build knows every image the site uses: what it left unused for a month goes (looked for once a day).
    if (runMode === "build") pruneImageCacheDaily(options.cacheDir, report.usedKeys);
  });

  eleventyConfig.addTransform("first-image-priority", function (this: TransformContext, content: string) {
    return this.page.outputPath && String(this.page.outputPath).endsWith(".html")
      ? prioritizeFirstImage(content)
      : content;
  });

  eleventyConfig.addShortcode("imageContent", function (this: ShortcodeContext, ...args: unknown[]) {
    const page = this.page ?? { url: "", inputPath: "" };
    const file = path.relative(".", page.inputPath);
    const count = (callsByPage.get(page.url) ?? 0) + 1;
    callsByPage.set(page.url, count);
    const { params, problems } = imageContentParams(args);
    for (const problem of problems)
      build.report(
        error(
          "image-content-invalid",
          file,
          `imageContent : ${problem.message}`,
          problem.fix,
          lineOfCall(build, file, count),
        ),
      );
    // Between line breaks, as eleventy-dsfr writes it: the Nunjucks of its pages trims the one after the
    // tag (trimBlocks), and a `:::` container after a blank line must still start a block of its own.
    if (!params)
      return `\n${errorHtml(problems.map((problem) => `${problem.message} — ${problem.fix}`).join(" ; "))}\n`;
    const image = images.plan(params.src, { widths: params.widths, sizes: params.sizes });
    const picture = pictureHtml(image, {
      src: params.src,
      alt: params.alt,
      className: figureImageClasses(params.className),
      size: image ? undefined : options.dimensionsOf(params.src),
    });
    return `\n${figureHtml(picture, params.caption)}\n`;
  });
}

/** The line of a page's `count`-th `imageContent` call, in its source read once per run. */
function lineOfCall(build: BuildContext, file: string, count: number): number | undefined {
  return nthLineIn(pageSource(build, file), /\{%-?\s*imageContent\b/g, count);
}

/** What the preview shows in place of a call it cannot draw (the build reports it with its line). */
function errorHtml(message: string): string {
  const text = message.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<div class="fr-alert fr-alert--error fr-alert--sm" data-pagefind-ignore><p>imageContent : ${text}</p></div>`;
}

interface ShortcodeContext {
  page?: { url: string; inputPath: string };
}

interface TransformContext {
  page: { outputPath?: string | false };
}
