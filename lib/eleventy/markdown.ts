import markdownIt, { type MarkdownIt } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createDimensionsReader } from "../images/dimensions.ts";
import { dsfrTables } from "../markdown/dsfr-tables.ts";
import { frenchTypographyPlugin } from "../markdown/french-typography.ts";
import { headingIds } from "../markdown/heading-ids.ts";
import { imageAttributes } from "../markdown/image-attributes.ts";

/** The Markdown editors write: HTML allowed, attributes in braces, DSFR tables, French typography. */
export function createMarkdown(publicDir = "public"): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(markdownItAttrs, { allowedAttributes: [] })
    .use(headingIds)
    .use(dsfrTables)
    .use(frenchTypographyPlugin)
    .use(imageAttributes, createDimensionsReader(publicDir));
}

export default function markdownPlugin(eleventyConfig: UserConfig, options: { publicDir?: string } = {}): void {
  const md = createMarkdown(options.publicDir);
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.addFilter("markdown", (text: string) => md.render(String(text ?? "")));
  eleventyConfig.addFilter("markdownInline", (text: string) => md.renderInline(String(text ?? "")));
}
