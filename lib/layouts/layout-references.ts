import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { frontMatterOf } from "../shared/front-matter-block.ts";
import { lineAt } from "../shared/source-line.ts";

const PAGE_EXTENSIONS = new Set([".md", ".njk", ".html"]);
const DATA_FILE = /\.11tydata\.(json|c?js|mjs)$/;

/**
 * Every `layout` a site's pages and data files name, with the file and line that name it: read
 * from the text before Eleventy runs, since Eleventy stops the whole build at the first layout it
 * cannot find. A page's front matter and its folder's data file are each read, so that a name
 * is reported where it is written, once.
 */
export function layoutReferences(input: string): LayoutReference[] {
  const references: LayoutReference[] = [];
  for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes("node_modules")) continue;
    const file = path.relative(".", path.join(entry.parentPath, entry.name));
    if (DATA_FILE.test(entry.name)) references.push(...dataFileLayouts(file, readFileSync(file, "utf8")));
    else if (PAGE_EXTENSIONS.has(path.extname(entry.name)))
      references.push(...frontMatterLayouts(file, readFileSync(file, "utf8")));
  }
  return references;
}

/** The `layout:` line of a page's front matter (counting the opening `---` as line 1). */
export function frontMatterLayouts(file: string, text: string): LayoutReference[] {
  const frontMatter = frontMatterOf(text);
  if (frontMatter === undefined) return [];
  const match = /^layout:[^\S\n]*(.*?)[^\S\n]*(?:#.*)?$/m.exec(frontMatter);
  const name = match ? unquote(match[1]!) : "";
  if (!match || !name || name === "false" || name === "null") return [];
  // `frontMatterOf` keeps the line break after the opening `---`.
  return [{ file, line: lineAt(frontMatter, match.index), name }];
}

/** The `layout` of a folder's data file: a JSON key, or a property of a CommonJS or ES module object. */
export function dataFileLayouts(file: string, text: string): LayoutReference[] {
  const pattern = file.endsWith(".json")
    ? /"layout"\s*:\s*"([^"]+)"/g
    : /(?:^|[\s{,])["']?layout["']?\s*:\s*(["'`])([^"'`]+)\1/g;
  return [...text.matchAll(pattern)].map((match) => ({
    file,
    line: lineAt(text, match.index + match[0].indexOf("layout")),
    name: match[2] ?? match[1]!,
  }));
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

export interface LayoutReference {
  /** Page or data file, relative to the project root. */
  file: string;
  line: number;
  /** The layout as written: `layouts/article.njk`. */
  name: string;
}
