import type UserConfig from "@11ty/eleventy/UserConfig";
import markdownIt, { type MarkdownIt } from "markdown-it";
import { containerDefinitions } from "../../components/containers.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import { codeFences } from "../markdown/code-fences.ts";
import { dsfrContainers } from "../markdown/containers.ts";
import { curlyAttributes } from "../markdown/curly-attributes.ts";
import { dsfrTables } from "../markdown/dsfr-tables.ts";
import { frenchTypographyPlugin } from "../markdown/french-typography.ts";
import { headingIds } from "../markdown/heading-ids.ts";
import { imageAttributes } from "../markdown/image-attributes.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { codeFenceRendering } from "./code-blocks.ts";
import { containerRendering } from "./components.ts";

/**
 * The Markdown editors write: HTML allowed, attributes in braces, DSFR tables, French typography,
 * code coloured at build time, Mermaid diagrams, and the containers (`:::info` …) that render
 * components. Containers go last: they render their content once every other rule has run on it.
 */
export function createMarkdown({ build, publicDir }: { build: BuildContext; publicDir: string }): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(curlyAttributes, { allowedAttributes: [] })
    .use(headingIds)
    .use(dsfrTables)
    .use(frenchTypographyPlugin)
    .use(imageAttributes, createDimensionsReader(publicDir))
    .use(codeFences, codeFenceRendering(build))
    .use(dsfrContainers, { definitions: containerDefinitions, ...containerRendering(build) });
}

export default function markdownPlugin(
  eleventyConfig: UserConfig,
  options: { build: BuildContext; publicDir: string },
): void {
  const md = createMarkdown(options);
  eleventyConfig.setLibrary("md", md);
  // `headingLevel`: the level of the heading the Markdown sits under, for the titles of its containers.
  eleventyConfig.addFilter("markdown", function (this: { page?: unknown }, text: string, headingLevel?: number) {
    return md.render(String(text ?? ""), { page: this.page, componentHeadingLevel: headingLevel });
  });
  eleventyConfig.addFilter("markdownInline", (text: string) => md.renderInline(String(text ?? "")));
}
