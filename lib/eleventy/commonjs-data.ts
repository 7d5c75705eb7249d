import { readdirSync, readFileSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { isCommonJs } from "./commonjs-data-hooks.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/**
 * Folder data files written in CommonJS (`module.exports = { … }` in `*.11tydata.js`, as sites
 * made from eleventy-dsfr have them) load as they are: without this, Node reads them as ES
 * modules, since this project's package.json says `"type": "module"`, and stops on `module`.
 * The hooks cost every later import a trip to Node's loader thread: they are registered only
 * for a site that has such a file (the dev server sees one added later once restarted).
 */
export default function commonJsDataPlugin(eleventyConfig: UserConfig): void {
  // Hooks are the process's: registered once, however many times Eleventy reads its configuration.
  if (registered || folderDataInCommonJs(directoriesOf(eleventyConfig).input).length === 0) return;
  register("./commonjs-data-hooks.ts", import.meta.url);
  registered = true;
}

/** The folder data files of a site written in CommonJS. */
export function folderDataInCommonJs(input: string): string[] {
  let files: string[];
  try {
    files = readdirSync(input, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith(".11tydata.js"))
    .map((file) => path.join(input, file))
    .filter((file) => isCommonJs(readFileSync(file, "utf8")));
}

let registered = false;
