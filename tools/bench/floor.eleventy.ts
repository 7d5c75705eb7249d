import { readdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { directoriesOf } from "../../lib/eleventy/eleventy-shapes.ts";

/**
 * The bare floor the bench compares our build with: plain Eleventy on the same Markdown, with
 * no plugin, no passthrough copy, no template language in Markdown (component calls stay text)
 * and every layout of the site replaced by a one-line one.
 */
export default function floorConfig(eleventyConfig: UserConfig) {
  for (const file of readdirSync("_includes/layouts")) eleventyConfig.addLayoutAlias(`layouts/${file}`, "floor.njk");
  return {
    dir: { includes: path.relative(directoriesOf(eleventyConfig).input, "tools/bench/floor") },
    templateFormats: ["md"],
    markdownTemplateEngine: false as const,
  };
}
