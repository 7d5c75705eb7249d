import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { error } from "../checks/finding.ts";
import { readProjectFile } from "../pages/read-project-file.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { nthLineOf } from "../shared/source-line.ts";

/**
 * `{{ "public/data/exemple.json" | readFILE | safe }}`, as eleventy-dsfr pages write it: the text
 * of a file of the project, its path from the project's root (the folder of `content/` and
 * `public/`). A file outside the project, or missing, is reported on the page's line and gives
 * nothing.
 */
export default function readFilePlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  const root = path.resolve(publicDir, "..");
  const callsByPage = new Map<string, number>();
  build.onRun(() => callsByPage.clear());

  eleventyConfig.addFilter("readFILE", function (this: FilterContext, requested: unknown) {
    const read = readProjectFile(root, requested);
    if ("text" in read) return read.text;
    const page = this.page ?? { url: "", inputPath: "" };
    const count = (callsByPage.get(page.url) ?? 0) + 1;
    callsByPage.set(page.url, count);
    const file = path.relative(".", page.inputPath);
    build.report(
      error("read-file", file, read.problem.message, read.problem.fix, nthLineOf(file, /\breadFILE\b/g, count)),
    );
    return "";
  });
}

interface FilterContext {
  page?: { url: string; inputPath: string };
}
