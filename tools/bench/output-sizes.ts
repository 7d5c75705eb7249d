import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SEARCH_FOLDER } from "../../lib/search/index-site.ts";

/** What a build wrote: the whole folder, its HTML pages, and Pagefind's index (`searchFolder`) when there is one. */
export function outputSizes(outputDir: string, searchFolder = SEARCH_FOLDER): OutputSizes {
  let siteBytes = 0;
  let pagefindBytes: number | undefined;
  const html: { path: string; bytes: number }[] = [];
  for (const entry of readdirSync(outputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outputDir, file);
    const bytes = statSync(file).size;
    siteBytes += bytes;
    if (relative.split(path.sep)[0] === searchFolder) pagefindBytes = (pagefindBytes ?? 0) + bytes;
    else if (entry.name.endsWith(".html")) html.push({ path: relative, bytes });
  }
  const largest = html.reduce((max, page) => (page.bytes > max.bytes ? page : max), { path: "", bytes: 0 });
  const htmlBytes = html.reduce((sum, page) => sum + page.bytes, 0);
  return {
    siteBytes,
    htmlPages: html.length,
    averageHtmlBytes: html.length > 0 ? Math.round(htmlBytes / html.length) : 0,
    largestHtml: largest,
    pagefindBytes,
  };
}

export interface OutputSizes {
  /** Every file of the output folder. */
  siteBytes: number;
  htmlPages: number;
  averageHtmlBytes: number;
  largestHtml: { path: string; bytes: number };
  /** The `pagefind/` folder, when the build indexed the site. */
  pagefindBytes?: number;
}
