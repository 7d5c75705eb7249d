import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

/**
 * A new temporary folder for a synthetic site, under `.bench-sites/` in the project: Eleventy
 * 3.1.8 loses folder data files and incremental rebuilds for a content folder outside its
 * working directory. Git ignores it through its own `.gitignore` (listing it in the project's
 * would make Eleventy skip its pages). The caller removes it.
 */
export function benchSiteFolder(prefix: string): string {
  const folder = path.join(PROJECT_ROOT, ".bench-sites");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, ".gitignore"), "*\n");
  return mkdtempSync(path.join(folder, prefix));
}
