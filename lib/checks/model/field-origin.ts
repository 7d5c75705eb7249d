import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type DataSource, hasField } from "./data-files.ts";
import { frontMatterLine } from "./front-matter-line.ts";
import type { SiteModel, SitePage } from "./site-model.ts";

/**
 * The file and line where a field of a page's data is written: its own front matter when it sets
 * the field, else the nearest data file that does (a folder's `eleventyNavigation.parent` is fixed
 * there, once for all its pages), else the page itself, at the nearest field above. A problem in a
 * field is reported there, so that a folder's mistake is said once, on its data file.
 */
export function fieldOrigin(model: SiteModel, page: SitePage, fieldPath: PropertyKey[]): FieldOrigin {
  const sources = [page.source, ...model.dataFilesOf(page.source)];
  for (const file of sources) {
    const source = model.dataSource(file);
    if (source && hasField(source.data, fieldPath)) return { file, line: lineOf(source, fieldPath) };
  }
  return { file: page.source, line: frontMatterLine(model.source(page.source) ?? "", fieldPath) };
}

export interface FieldOrigin {
  file: string;
  line: number;
}

/** The line of a field in its source: YAML front matter, JSON (which YAML reads) or JavaScript (`key:`). */
export function lineOf(source: DataSource, fieldPath: PropertyKey[]): number {
  if (source.format === "front-matter") return frontMatterLine(source.text, fieldPath);
  if (source.format === "json") return jsonLine(source.text, fieldPath);
  const key = String(fieldPath.at(-1));
  const index = source.text.search(new RegExp(`["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`));
  return index < 0 ? 1 : source.text.slice(0, index).split("\n").length;
}

function jsonLine(text: string, fieldPath: PropertyKey[]): number {
  const lineCounter = new LineCounter();
  let node: Node | null | undefined = parseDocument(text, { lineCounter }).contents;
  let line = 1;
  for (const key of fieldPath) {
    if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      return item?.range ? lineCounter.linePos(item.range[0]).line : line;
    }
    if (!isMap(node)) return line;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    if (!pair || !isScalar(pair.key) || !pair.key.range) return line;
    line = lineCounter.linePos(pair.key.range[0]).line;
    node = pair.value as Node | null;
  }
  return line;
}
