import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Nunjucks drops the line of a block tag (`{% if %}`, `{% for %}`, `{% set %}`) that stands alone
 * on its line, its indentation and line break with it, as eleventy-dsfr configures it
 * (https://mozilla.github.io/nunjucks/api.html#configure): pages written for it indent HTML inside
 * their loops, and the blank or indented lines the tags would leave end an HTML block or start a
 * code block in Markdown.
 */
export default function nunjucksWhitespacePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setNunjucksEnvironmentOptions({ trimBlocks: true, lstripBlocks: true });
}
