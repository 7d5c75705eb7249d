import path from "node:path";
import { warning } from "../checks/finding.ts";
import type { CodeFenceOptions } from "../markdown/code-fences.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { diagramMark } from "./diagrams.ts";
import { pageSource } from "./page-source.ts";

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
