import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import type { SyntheticSite } from "./synthetic-site.ts";

/**
 * Writes a synthetic site into `root` (`root/content/fr/…`, `root/public/…`) inside the frame
 * of the real site: its pages outside the guides (home, legal pages, tags, site map…) and its
 * public files but the guides' images, so that every link of the header and footer resolves as
 * it does in production.
 */
export function writeSyntheticSite(root: string, site: SyntheticSite, project = PROJECT_ROOT): void {
  // Pages keep their images in public/img/ (one folder per page): those of the real guides stay behind.
  const pageImages = path.join(project, "public", "img");
  cpSync(path.join(project, "public"), path.join(root, "public"), {
    recursive: true,
    filter: (source) => source !== pageImages,
  });
  cpSync(path.join(project, "content"), path.join(root, "content"), {
    recursive: true,
    filter: (source) => !isGuideFolder(source),
  });
  for (const file of site.files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/**
 * A folder whose data file, or whose index page, names a guide (`eleventyNavigation.nav`): the
 * real guides (and the sample news section) give way to the synthetic ones.
 */
function isGuideFolder(folder: string): boolean {
  const data = path.join(folder, `${path.basename(folder)}.11tydata.json`);
  if (existsSync(data)) return Boolean(JSON.parse(readFileSync(data, "utf8")).eleventyNavigation?.nav);
  const index = path.join(folder, "index.md");
  const frontMatter = existsSync(index)
    ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(index, "utf8"))?.[1]
    : undefined;
  return Boolean(
    frontMatter && (parse(frontMatter) as { eleventyNavigation?: { nav?: unknown } })?.eleventyNavigation?.nav,
  );
}
