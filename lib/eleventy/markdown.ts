import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import markdownIt, { type MarkdownIt } from "markdown-it";
import { containerDefinitions } from "../../components/containers.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import type { ImageVariants } from "../images/image-variants.ts";
import { classAttributes } from "../markdown/class-attributes.ts";
import { codeFences } from "../markdown/code-fences.ts";
import { dsfrContainers } from "../markdown/containers.ts";
import { curlyAttributes } from "../markdown/curly-attributes.ts";
import { dsfrTables } from "../markdown/dsfr-tables.ts";
import { figures } from "../markdown/figures.ts";
import { frenchTypographyPlugin } from "../markdown/french-typography.ts";
import { headingIds, literalIds } from "../markdown/heading-ids.ts";
import { responsiveImages } from "../markdown/responsive-images.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { codeFenceRendering } from "./code-blocks.ts";
import { containerRendering, misspeltClassReport } from "./components.ts";

/**
 * The Markdown editors write: HTML allowed, attributes in braces, DSFR tables, French typography,
 * responsive images and figures (an image with a title), code coloured at build time, Mermaid
 * diagrams, and the containers (`:::info` …) that render components. Containers go last: they
 * render their content once every other rule has run on it.
 * Without `images`, images are published as they are (with their size).
 */
export function createMarkdown({ build, publicDir, images, layoutIds = [] }: MarkdownOptions): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(curlyAttributes, { allowedAttributes: [] })
    .use(classAttributes, misspeltClassReport(build))
    .use(headingIds, layoutIds)
    .use(dsfrTables)
    .use(frenchTypographyPlugin)
    .use(responsiveImages, {
      plan: (src: string) => images?.plan(src),
      dimensionsOf: createDimensionsReader(publicDir),
    })
    .use(figures)
    .use(codeFences, codeFenceRendering(build))
    .use(dsfrContainers, { definitions: containerDefinitions, ...containerRendering(build) });
}

export default function markdownPlugin(eleventyConfig: UserConfig, options: MarkdownOptions): void {
  const includes = (eleventyConfig.directories as { includes?: string }).includes ?? "_includes";
  const md = createMarkdown({ ...options, layoutIds: literalIds(templatesIn(includes)) });
  eleventyConfig.setLibrary("md", md);
  // `headingLevel`: the level of the heading the Markdown sits under, for the titles of its containers.
  eleventyConfig.addFilter("markdown", function (this: { page?: unknown }, text: string, headingLevel?: number) {
    return md.render(String(text ?? ""), { page: this.page, componentHeadingLevel: headingLevel });
  });
  eleventyConfig.addFilter("markdownInline", (text: string) => md.renderInline(String(text ?? "")));
}

function* templatesIn(folder: string): Generator<string> {
  let files: string[] = [];
  try {
    files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".njk"));
  } catch {
    // No layouts: nothing reserved.
  }
  for (const file of files) yield readFileSync(path.join(folder, file), "utf8");
}

export interface MarkdownOptions {
  build: BuildContext;
  publicDir: string;
  /** The variants of the site's images (image-variants.ts). */
  images?: Pick<ImageVariants, "plan">;
  /** Ids the layouts write around the content, which heading ids must not repeat. */
  layoutIds?: string[];
}
