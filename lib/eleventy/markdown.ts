import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import markdownIt, { type MarkdownIt } from "markdown-it";
import { containerDefinitions } from "../../components/containers.ts";
import { createDimensionsReader } from "../images/dimensions.ts";
import { classAttributes } from "../markdown/class-attributes.ts";
import { dsfrContainers } from "../markdown/containers.ts";
import { curlyAttributes } from "../markdown/curly-attributes.ts";
import { dsfrTables } from "../markdown/dsfr-tables.ts";
import { frenchTypographyPlugin } from "../markdown/french-typography.ts";
import { headingIds, literalIds } from "../markdown/heading-ids.ts";
import { imageAttributes } from "../markdown/image-attributes.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { containerRendering, misspeltClassReport } from "./components.ts";

/**
 * The Markdown editors write: HTML allowed, attributes in braces, DSFR tables, French typography,
 * and the containers (`:::info` …) that render components. Containers go last: they render
 * their content once every other rule has run on it.
 */
export function createMarkdown({
  build,
  publicDir,
  layoutIds = [],
}: {
  build: BuildContext;
  publicDir: string;
  /** Ids the layouts write around the content, which heading ids must not repeat. */
  layoutIds?: string[];
}): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(curlyAttributes, { allowedAttributes: [] })
    .use(classAttributes, misspeltClassReport(build))
    .use(headingIds, layoutIds)
    .use(dsfrTables)
    .use(frenchTypographyPlugin)
    .use(imageAttributes, createDimensionsReader(publicDir))
    .use(dsfrContainers, { definitions: containerDefinitions, ...containerRendering(build) });
}

export default function markdownPlugin(
  eleventyConfig: UserConfig,
  options: { build: BuildContext; publicDir: string },
): void {
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
