import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import nunjucks from "nunjucks";
import { warning } from "../checks/finding.ts";
import { codeBlockHtml } from "../code/code-block-html.ts";
import { CODE_LANGUAGES } from "../code/code-languages.ts";
import { highlightCode } from "../code/highlight-code.ts";
import type { CodeFenceOptions } from "../markdown/code-fences.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { diagramMark } from "./diagrams.ts";
import { pageSource } from "./page-source.ts";

/**
 * Code blocks outside Markdown: `{{ code | codeBlock("json") }}` gives a template the same
 * coloured block, label and « Copier » button as a code fence. `codeLanguages` lists the
 * languages a fence may name, for the editor guide.
 */
export default function codeBlocksPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("codeLanguages", () =>
    Object.entries(CODE_LANGUAGES).map(([id, language]) => ({ names: [id, ...(language.aliases ?? [])], ...language })),
  );
  eleventyConfig.addFilter(
    "codeBlock",
    (code: unknown, language = "plain") =>
      new nunjucks.runtime.SafeString(codeBlockHtml(highlightCode(String(code ?? ""), String(language)))),
  );
}

/** How the Markdown's code fences meet the build: problems reported against the page's line, diagrams drawn by the diagrams plugin. */
export function codeFenceRendering(build: BuildContext): CodeFenceOptions {
  const fileOf = (env: object) => path.relative(".", (env as { page?: { inputPath?: string } }).page?.inputPath ?? "");
  return {
    diagram: diagramMark(build),
    report(problem, site) {
      build.report(warning("code-language", fileOf(site.env), problem.message, problem.fix, site.line));
    },
    sourceOf(env) {
      const file = fileOf(env);
      return file ? pageSource(build, file) : undefined;
    },
  };
}
