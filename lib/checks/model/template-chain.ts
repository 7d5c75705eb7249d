import path from "node:path";
import { PAGE_STYLES } from "../../layouts/page-styles.ts";

/**
 * The layout and partial files a page is rendered through, its layout first: found by following
 * `extends`, `include`, `import` and `from` (an include whose name is computed cannot be followed).
 */
export function templateChain(
  layout: unknown,
  read: (file: string) => string | undefined,
  includesDir = "_includes",
): string[] {
  if (typeof layout !== "string" || layout === "") return [];
  const files: string[] = [];
  // The layout of an eleventy-dsfr site is drawn by ours.
  const queue = [PAGE_STYLES.get(layout)?.layout ?? layout];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const file = [path.join(includesDir, name), path.join(includesDir, `${name}.njk`), name].find(
      (candidate) => read(candidate) !== undefined,
    );
    if (!file || files.includes(file)) continue;
    files.push(file);
    for (const [, target] of read(file)!.matchAll(TEMPLATE_TAG)) queue.push(target!);
  }
  return files;
}

const TEMPLATE_TAG = /\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']/g;
