import path from "node:path";
import yaml from "js-yaml";
import { frontMatterOf } from "../../pipeline/front-matter-syntax.ts";
import { escapeRegExp, nthLineIn } from "../../shared/source-line.ts";
import { frontMatterLine } from "./front-matter-line.ts";

const DATA_EXTENSIONS = [".11tydata.json", ".11tydata.cjs", ".11tydata.js", ".11tydata.mjs"];

/**
 * Where the value of a page's field is written: the page's front matter when it has the field,
 * else the nearest data file that sets it (the page's own `<page>.11tydata.*`, then its folder's
 * `<folder>/<folder>.11tydata.*`, going up). Many pages sharing one folder's value share its origin,
 * so that a mistake there is reported once, where it is written.
 */
export function fieldOrigin(source: string, field: string[], read: (file: string) => string | undefined): FieldOrigin {
  const text = read(source) ?? "";
  if (hasField(frontMatterOf(text), field)) return { file: source, line: frontMatterLine(text, field) };
  const key = new RegExp(`["']?${escapeRegExp(field.at(-1) ?? "")}["']?\\s*:`);
  for (const file of dataFilesAbove(source)) {
    const data = read(file);
    const line = data === undefined ? undefined : nthLineIn(data, key);
    if (line !== undefined) return { file, line };
  }
  return { file: source, line: frontMatterLine(text, field) };
}

function hasField(frontMatter: string | undefined, field: string[]): boolean {
  let value: unknown;
  try {
    value = frontMatter === undefined ? undefined : yaml.load(frontMatter);
  } catch {
    return false;
  }
  for (const key of field) {
    if (typeof value !== "object" || value === null || !(key in value)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return true;
}

/** The data files whose values reach a page, nearest first. */
function dataFilesAbove(source: string): string[] {
  const files = DATA_EXTENSIONS.map((extension) => source.replace(/\.[^./]+$/, extension));
  for (let dir = path.dirname(source); dir !== "." && dir !== path.dirname(dir); dir = path.dirname(dir))
    files.push(...DATA_EXTENSIONS.map((extension) => path.join(dir, `${path.basename(dir)}${extension}`)));
  return files;
}

export interface FieldOrigin {
  file: string;
  line: number;
}
