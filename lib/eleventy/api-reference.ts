import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { error } from "../checks/finding.ts";
import { apiReference } from "../openapi/api-reference.ts";
import { type OpenApiFile, readOpenApiFile } from "../openapi/read-openapi-file.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { nthLineIn } from "../shared/source-line.ts";
import { pageSource } from "./page-source.ts";

/**
 * `apiReference(params)`, the global behind the `swaggerui` component: reads the OpenAPI
 * description the call names, a file of the project (`/…` in `public/`, else beside the page),
 * and gives the template its reference (lib/openapi/), or the problem, reported against the
 * page's line (or the description's own line when the file is what is wrong). Nothing is fetched:
 * a description on another site must be saved in the project first.
 */
export default function apiReferencePlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  // Each description is read once per run, whichever pages show it.
  const files = new Map<string, OpenApiFile>();
  build.onRun(() => files.clear());

  eleventyConfig.addNunjucksGlobal("apiReference", function (this: NunjucksContext, params: ReferenceParams) {
    const page = this.ctx.page ?? { url: "", inputPath: "" };
    const pageFile = path.relative(".", page.inputPath);
    const line = nthLineIn(pageSource(build, pageFile), /component\(\s*["']swaggerui["']/g, 1);
    const fail = (message: string, fix: string, file = pageFile, at = line) => {
      build.report(error("api-reference", file, `composant "swaggerui", ${message}`, fix, at));
      return { error: `${message} — ${fix}` };
    };
    const url = params.url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//"))
      return fail(
        `la description « ${url} » est sur un autre site : la construction ne télécharge rien`,
        `enregistrez-la dans le projet, par exemple « curl -o public/data/api/${suggestedName(url)} ${url} », puis écrivez url: "/data/api/${suggestedName(url)}" ; mettez le fichier à jour de la même façon quand l’API change`,
      );
    const file = url.startsWith("/") ? path.join(publicDir, url) : path.join(path.dirname(page.inputPath), url);
    let read = files.get(file);
    if (!read) files.set(file, (read = readOpenApiFile(file)));
    if ("problem" in read) {
      const { message, fix, line: fileLine } = read.problem;
      return fileLine === undefined ? fail(message, fix) : fail(message, fix, path.relative(".", file), fileLine);
    }
    return {
      reference: apiReference(read.document, params.id),
      ...(url.startsWith("/") && { download: url }),
    };
  });
}

/** The file name to save a remote description under: its last segment, with an extension. */
function suggestedName(url: string): string {
  const last = url.split(/[?#]/)[0]!.split("/").filter(Boolean).pop() ?? "api";
  return /\.(json|ya?ml)$/i.test(last) ? last : `${last.replace(/[^\w.-]+/g, "-")}.json`;
}

interface NunjucksContext {
  ctx: { page?: { url: string; inputPath: string } };
}

interface ReferenceParams {
  url: string;
  id: string;
}
