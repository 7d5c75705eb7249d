import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import checksPlugin from "./lib/eleventy/checks.ts";
import componentsPlugin from "./lib/eleventy/components.ts";
import dsfrAssetsPlugin from "./lib/eleventy/dsfr-assets.ts";
import editorGuidePlugin from "./lib/eleventy/editor-guide.ts";
import markdownPlugin from "./lib/eleventy/markdown.ts";
import navigationPlugin from "./lib/eleventy/navigation.ts";
import pageDatesPlugin from "./lib/eleventy/page-dates.ts";
import pictogramsPlugin from "./lib/eleventy/pictograms.ts";
import publicFilesPlugin from "./lib/eleventy/public-files.ts";
import renderFindingsPlugin from "./lib/eleventy/render-findings.ts";
import setAsideTextPlugin from "./lib/eleventy/set-aside-text.ts";
import siteUrlPlugin from "./lib/eleventy/site-url.ts";
import tagsPlugin from "./lib/eleventy/tags.ts";
import { directoriesOf } from "./lib/eleventy/eleventy-shapes.ts";
import { siteDirectories } from "./lib/eleventy/site-directories.ts";

/** The help site of cartes.gouv.fr: what each concern adds lives in its own plugin. */
export default function (eleventyConfig: UserConfig) {
  const dirs = siteDirectories(directoriesOf(eleventyConfig).input);
  // Each plugin's build hooks run in the order the plugins are added, one after the other.
  eleventyConfig.setEventEmitterMode("sequential");

  eleventyConfig.addPlugin(renderFindingsPlugin);
  eleventyConfig.addPlugin(markdownPlugin, { publicDir: dirs.public });
  eleventyConfig.addPlugin(setAsideTextPlugin);
  eleventyConfig.addPlugin(navigationPlugin);
  eleventyConfig.addPlugin(tagsPlugin);
  eleventyConfig.addPlugin(componentsPlugin, { publicDir: dirs.public });
  eleventyConfig.addPlugin(editorGuidePlugin);
  eleventyConfig.addPlugin(pictogramsPlugin);
  eleventyConfig.addPlugin(pageDatesPlugin);
  eleventyConfig.addPlugin(siteUrlPlugin);
  eleventyConfig.addPlugin(dsfrAssetsPlugin);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(publicFilesPlugin, { publicDir: dirs.public });
  // Last: its dev-server checks read the site once the other plugins have written their files.
  eleventyConfig.addPlugin(checksPlugin, { publicDir: dirs.public });

  eleventyConfig.addWatchTarget("components/");

  return {
    dir: { input: "content", includes: dirs.includes, data: dirs.data },
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
