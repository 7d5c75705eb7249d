import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** Reads Pagefind 1.6's page fragments (gzip, `pagefind_dcd` then JSON), to see what the index holds. */
export function indexedPages(bundle: string): Map<string, IndexedPage> {
  const pages = new Map<string, IndexedPage>();
  for (const file of readdirSync(path.join(bundle, "fragment"))) {
    const text = gunzipSync(readFileSync(path.join(bundle, "fragment", file))).toString("utf8");
    const page = JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
    pages.set(page.url, page);
  }
  return pages;
}

export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}
