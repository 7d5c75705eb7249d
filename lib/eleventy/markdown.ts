import type UserConfig from "@11ty/eleventy/UserConfig";
import markdownIt, { type MarkdownIt } from "markdown-it";
import { containerDefinitions } from "../../components/containers.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import type { ImageVariants } from "../images/image-variants.ts";
import { dsfrContainers } from "../markdown/containers.ts";
import { curlyAttributes } from "../markdown/curly-attributes.ts";
import { dsfrTables } from "../markdown/dsfr-tables.ts";
import { figures } from "../markdown/figures.ts";
import { frenchTypographyPlugin } from "../markdown/french-typography.ts";
import { headingIds } from "../markdown/heading-ids.ts";
import { responsiveImages } from "../markdown/responsive-images.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { containerRendering } from "./components.ts";

/**
 * The Markdown editors write: HTML allowed, attributes in braces, DSFR tables, French typography,
 * responsive images and figures (an image with a title), and the containers (`:::info` …) that
 * render components. Containers go last: they render their content once every other rule has run on it.
 * Without `images`, images are published as they are (with their size).
 */
export function createMarkdown({ build, publicDir, images }: MarkdownOptions): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(curlyAttributes, { allowedAttributes: [] })
    .use(headingIds)
    .use(dsfrTables)
    .use(frenchTypographyPlugin)
    .use(responsiveImages, {
      plan: (src: string) => images?.plan(src),
      dimensionsOf: createDimensionsReader(publicDir),
    })
    .use(figures)
    .use(dsfrContainers, { definitions: containerDefinitions, ...containerRendering(build) });
}

export default function markdownPlugin(eleventyConfig: UserConfig, options: MarkdownOptions): void {
  const md = createMarkdown(options);
  eleventyConfig.setLibrary("md", md);
  // `headingLevel`: the level of the heading the Markdown sits under, for the titles of its containers.
  eleventyConfig.addFilter("markdown", function (this: { page?: unknown }, text: string, headingLevel?: number) {
    return md.render(String(text ?? ""), { page: this.page, componentHeadingLevel: headingLevel });
  });
  eleventyConfig.addFilter("markdownInline", (text: string) => md.renderInline(String(text ?? "")));
}

export interface MarkdownOptions {
  build: BuildContext;
  publicDir: string;
  /** The variants of the site's images (image-variants.ts). */
  images?: Pick<ImageVariants, "plan">;
}
