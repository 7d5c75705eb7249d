import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type PageData, writeSiteManifest } from "../../lib/checks/model/site-manifest.ts";

/**
 * Writes a small built site by hand, as the build would leave it (HTML pages, their Markdown
 * sources and the manifest), for checks that need no Eleventy: returns the site folder.
 */
export function writeSite(pages: HandWrittenPage[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "aide-site-"));
  const output = path.join(root, "_site");
  for (const page of pages) {
    const outputPath = page.url.endsWith("/") ? `${page.url}index.html` : page.url;
    mkdirSync(path.dirname(path.join(output, outputPath)), { recursive: true });
    writeFileSync(path.join(output, outputPath), page.html);
    mkdirSync(path.dirname(path.join(root, page.source)), { recursive: true });
    writeFileSync(path.join(root, page.source), page.markdown);
  }
  writeSiteManifest(output, {
    pathPrefix: "/",
    publicDir: path.join(root, "public"),
    pages: pages.map((page) => ({
      url: page.url,
      inputPath: path.join(root, page.source),
      outputPath: page.url.endsWith("/") ? `${page.url}index.html` : page.url,
      data: page.data ?? { title: page.url },
    })),
  });
  return output;
}

export interface HandWrittenPage {
  url: string;
  /** Path of its Markdown source, written beside the site folder (`a/b.md` in a folder `a/`). */
  source: string;
  markdown: string;
  html: string;
  data?: PageData;
}
