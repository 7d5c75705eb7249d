import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

/**
 * The line of a field in a page's front matter (`["eleventyNavigation", "parent"]`), or of the
 * nearest field above it when it is missing there: line 1, the opening `---`, for a missing
 * top-level field (or one that the folder's data file sets).
 */
export function frontMatterLine(source: string, fieldPath: PropertyKey[]): number {
  const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!block) return 1;
  const lineCounter = new LineCounter();
  let node: Node | null | undefined;
  try {
    node = parseDocument(block[1]!, { lineCounter }).contents;
  } catch {
    return 1;
  }
  // The front matter starts on the line after the opening `---`.
  let line = 1;
  for (const key of fieldPath) {
    if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      return item?.range ? lineCounter.linePos(item.range[0]).line + 1 : line;
    }
    if (!isMap(node)) return line;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    if (!pair || !isScalar(pair.key) || !pair.key.range) return line;
    line = lineCounter.linePos(pair.key.range[0]).line + 1;
    node = pair.value as Node | null;
  }
  return line;
}
