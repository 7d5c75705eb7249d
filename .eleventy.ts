import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import apiReferencePlugin from "./lib/eleventy/api-reference.ts";
import buildLifecyclePlugin from "./lib/eleventy/build-lifecycle.ts";
import checksPlugin from "./lib/eleventy/checks.ts";
import codeBlocksPlugin from "./lib/eleventy/code-blocks.ts";
import collectionFiltersPlugin from "./lib/eleventy/collection-filters.ts";
import commonJsDataPlugin from "./lib/eleventy/commonjs-data.ts";
import componentsPlugin from "./lib/eleventy/components.ts";
import diagramsPlugin from "./lib/eleventy/diagrams.ts";
import draftsPlugin from "./lib/eleventy/drafts.ts";
import dsfrAssetsPlugin from "./lib/eleventy/dsfr-assets.ts";
import editorGuidePlugin from "./lib/eleventy/editor-guide.ts";
import { directoriesOf } from "./lib/eleventy/eleventy-shapes.ts";
import homePlugin from "./lib/eleventy/home.ts";
import layoutsPlugin from "./lib/eleventy/layouts.ts";
import markdownPlugin from "./lib/eleventy/markdown.ts";
import markdownTextSetAsidePlugin from "./lib/eleventy/markdown-text-set-aside.ts";
import metaDescriptionPlugin from "./lib/eleventy/meta-description.ts";
import navigationPlugin from "./lib/eleventy/navigation.ts";
import nunjucksWhitespacePlugin from "./lib/eleventy/nunjucks-whitespace.ts";
import pageDatesPlugin from "./lib/eleventy/page-dates.ts";
import pageErrorsPlugin from "./lib/eleventy/page-errors.ts";
import pageScriptsPlugin from "./lib/eleventy/page-scripts.ts";
import pageUrlsPlugin from "./lib/eleventy/page-urls.ts";
import pictogramsPlugin from "./lib/eleventy/pictograms.ts";
import postsPlugin from "./lib/eleventy/posts.ts";
import publicFilesPlugin from "./lib/eleventy/public-files.ts";
import readFilePlugin from "./lib/eleventy/read-file.ts";
import responsiveImagesPlugin from "./lib/eleventy/responsive-images.ts";
import { siteDirectories } from "./lib/eleventy/site-directories.ts";
import siteUrlPlugin from "./lib/eleventy/site-url.ts";
import slugOverridePlugin from "./lib/eleventy/slug-override.ts";
import tagsPlugin from "./lib/eleventy/tags.ts";
import { createDimensionsReader } from "./lib/images/dimensions.ts";
import { imageCacheDir } from "./lib/images/image-cache.ts";
import { createImageVariants } from "./lib/images/image-variants.ts";
import { buildContextOf } from "./lib/pipeline/build-context.ts";
import { PROJECT_ROOT } from "./lib/pipeline/build-site.ts";

/** The help site of cartes.gouv.fr: what each concern adds lives in its own plugin. */
export default function (eleventyConfig: UserConfig) {
  const dirs = siteDirectories(directoriesOf(eleventyConfig).input);
  // What this build collects, handed to the plugins: the pipeline's, or a new one for the dev server.
  const site = { build: buildContextOf(eleventyConfig), publicDir: dirs.public };
  // Content images in AVIF and WebP, encoded into a cache kept across builds (and by CI).
  const cacheDir = imageCacheDir(PROJECT_ROOT);
  const images = createImageVariants({ publicDir: dirs.public, cacheDir });

  eleventyConfig.addPlugin(buildLifecyclePlugin, site);
  eleventyConfig.addPlugin(commonJsDataPlugin);
  eleventyConfig.addPlugin(pageErrorsPlugin, {
    ...site,
    includes: path.join(directoriesOf(eleventyConfig).input, dirs.includes),
  });
  eleventyConfig.addPlugin(markdownPlugin, { ...site, images });
  eleventyConfig.addPlugin(markdownTextSetAsidePlugin);
  eleventyConfig.addPlugin(nunjucksWhitespacePlugin);
  eleventyConfig.addPlugin(codeBlocksPlugin);
  eleventyConfig.addPlugin(diagramsPlugin, site);
  eleventyConfig.addPlugin(apiReferencePlugin, site);
  eleventyConfig.addPlugin(navigationPlugin);
  eleventyConfig.addPlugin(layoutsPlugin);
  eleventyConfig.addPlugin(tagsPlugin, site);
  eleventyConfig.addPlugin(collectionFiltersPlugin);
  eleventyConfig.addPlugin(draftsPlugin, site);
  eleventyConfig.addPlugin(postsPlugin, site);
  eleventyConfig.addPlugin(homePlugin);
  eleventyConfig.addPlugin(componentsPlugin, site);
  eleventyConfig.addPlugin(editorGuidePlugin);
  eleventyConfig.addPlugin(pictogramsPlugin, site);
  eleventyConfig.addPlugin(pageDatesPlugin);
  eleventyConfig.addPlugin(pageScriptsPlugin, site);
  eleventyConfig.addPlugin(readFilePlugin, site);
  eleventyConfig.addPlugin(siteUrlPlugin);
  eleventyConfig.addPlugin(slugOverridePlugin);
  eleventyConfig.addPlugin(pageUrlsPlugin);
  eleventyConfig.addPlugin(metaDescriptionPlugin);
  eleventyConfig.addPlugin(dsfrAssetsPlugin, site);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(publicFilesPlugin, site);
  eleventyConfig.addPlugin(responsiveImagesPlugin, {
    ...site,
    images,
    cacheDir,
    dimensionsOf: createDimensionsReader(dirs.public),
  });
  eleventyConfig.addPlugin(checksPlugin, site);

  eleventyConfig.addWatchTarget("components/");

  return {
    dir: { input: "content", includes: dirs.includes, data: dirs.data },
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
