import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import apiReferencePlugin from "./lib/eleventy/api-reference.ts";
import buildLifecyclePlugin from "./lib/eleventy/build-lifecycle.ts";
import checksPlugin from "./lib/eleventy/checks.ts";
import codeBlocksPlugin from "./lib/eleventy/code-blocks.ts";
import componentsPlugin from "./lib/eleventy/components.ts";
import diagramsPlugin from "./lib/eleventy/diagrams.ts";
import dsfrAssetsPlugin from "./lib/eleventy/dsfr-assets.ts";
import editorGuidePlugin from "./lib/eleventy/editor-guide.ts";
import { directoriesOf } from "./lib/eleventy/eleventy-shapes.ts";
import markdownPlugin from "./lib/eleventy/markdown.ts";
import markdownTextSetAsidePlugin from "./lib/eleventy/markdown-text-set-aside.ts";
import navigationPlugin from "./lib/eleventy/navigation.ts";
import pageDatesPlugin from "./lib/eleventy/page-dates.ts";
import pictogramsPlugin from "./lib/eleventy/pictograms.ts";
import publicFilesPlugin from "./lib/eleventy/public-files.ts";
import { siteDirectories } from "./lib/eleventy/site-directories.ts";
import siteUrlPlugin from "./lib/eleventy/site-url.ts";
import tagsPlugin from "./lib/eleventy/tags.ts";
import { buildContextOf } from "./lib/pipeline/build-context.ts";

/** The help site of cartes.gouv.fr: what each concern adds lives in its own plugin. */
export default function (eleventyConfig: UserConfig) {
  const dirs = siteDirectories(directoriesOf(eleventyConfig).input);
  // What this build collects, handed to the plugins: the pipeline's, or a new one for the dev server.
  const site = { build: buildContextOf(eleventyConfig), publicDir: dirs.public };

  eleventyConfig.addPlugin(buildLifecyclePlugin, site);
  eleventyConfig.addPlugin(markdownPlugin, site);
  eleventyConfig.addPlugin(markdownTextSetAsidePlugin);
  eleventyConfig.addPlugin(codeBlocksPlugin);
  eleventyConfig.addPlugin(diagramsPlugin, site);
  eleventyConfig.addPlugin(apiReferencePlugin, site);
  eleventyConfig.addPlugin(navigationPlugin);
  eleventyConfig.addPlugin(tagsPlugin);
  eleventyConfig.addPlugin(componentsPlugin, site);
  eleventyConfig.addPlugin(editorGuidePlugin);
  eleventyConfig.addPlugin(pictogramsPlugin, site);
  eleventyConfig.addPlugin(pageDatesPlugin);
  eleventyConfig.addPlugin(siteUrlPlugin);
  eleventyConfig.addPlugin(dsfrAssetsPlugin, site);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(publicFilesPlugin, site);
  eleventyConfig.addPlugin(checksPlugin, site);

  eleventyConfig.addWatchTarget("components/");

  return {
    dir: { input: "content", includes: dirs.includes, data: dirs.data },
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
