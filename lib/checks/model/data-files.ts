import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import yaml from "js-yaml";
import { frontMatterOf } from "../../shared/front-matter-block.ts";

/**
 * Where a page's data comes from, nearest first, as Eleventy merges it
 * (https://www.11ty.dev/docs/data-cascade/): its own front matter, then its own data file
 * (`page.11tydata.json`), then its folder's and each parent folder's (`guide/guide.11tydata.json`),
 * up to the content folder's. Only the files that exist.
 */
export function dataFilesOf(source: string, input: string, exists: (file: string) => boolean = existsSync): string[] {
  const files: string[] = [];
  const stem = source.slice(0, source.length - path.extname(source).length);
  files.push(...variants(stem));
  for (let folder = path.dirname(source); isInside(folder, input); folder = path.dirname(folder)) {
    files.push(...variants(path.join(folder, path.basename(folder))));
    if (path.relative(folder, input) === "") break;
  }
  return files.filter((file) => exists(file));
}

/** The data a data file or a page's front matter gives, with its text (for lines); undefined when it cannot be read here. */
export function readDataSource(file: string): DataSource | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const extension = path.extname(file);
    if (extension === ".json") return { file, text, data: asRecord(JSON.parse(text)), format: "json" };
    if (extension === ".cjs")
      return { file, text, data: asRecord(createRequire(import.meta.url)(path.resolve(file))), format: "js" };
    if (PAGE_EXTENSIONS.has(extension)) {
      const frontMatter = frontMatterOf(text);
      return {
        file,
        text,
        data: frontMatter === undefined ? {} : asRecord(yaml.load(frontMatter)),
        format: "front-matter",
      };
    }
  } catch {
    // Unreadable: reported as such by the build (lib/eleventy/page-errors.ts).
  }
  return undefined;
}

export interface DataSource {
  file: string;
  text: string;
  data: Record<string, unknown>;
  format: "front-matter" | "json" | "js";
}

/** The value at a path of fields (`["eleventyNavigation", "parent"]`), if the data has it. */
export function hasField(data: unknown, fieldPath: PropertyKey[]): boolean {
  let value = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

function variants(stem: string): string[] {
  return [
    ...[".11tydata.js", ".11tydata.cjs", ".11tydata.mjs", ".11tydata.json"].map((suffix) => `${stem}${suffix}`),
    `${stem}.json`,
  ];
}

function isInside(folder: string, root: string): boolean {
  const relative = path.relative(root, folder);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const PAGE_EXTENSIONS = new Set([".md", ".njk", ".html"]);
