import { type Random, seededRandom } from "./seeded-random.ts";
import { solidPng } from "./solid-png.ts";
import { pageMarkdown } from "./synthetic-markdown.ts";
import { outlinePage, type PageOutline } from "./synthetic-page.ts";
import { syntheticTree } from "./synthetic-tree.ts";

/**
 * A synthetic guide site of exactly `pages` Markdown pages, as files to write under a site
 * folder (`content/fr/…`, `public/img/…`): the same seed always gives the same bytes.
 */
export function syntheticSite({ pages, seed, pictograms }: SyntheticSiteOptions): SyntheticSite {
  const random = seededRandom(seed);
  const outlines = withSharedTags(syntheticTree(pages, random).map((node) => outlinePage(node, random, pictograms)));
  readInTabs(outlines, random);
  const links = { pages: outlines, withHeadings: outlines.filter((page) => page.headings.length > 0) };
  const files: SyntheticFile[] = [];
  for (const guide of outlines.filter((page) => page.level === 1)) {
    const folder = guide.file.replace(/\/index\.md$/, "");
    const data = { eleventyNavigation: { nav: guide.nav } };
    files.push({
      path: `${folder}/${folder.split("/").pop()}.11tydata.json`,
      content: `${JSON.stringify(data, null, 2)}\n`,
    });
  }
  for (const page of outlines) {
    files.push({ path: page.file, content: pageMarkdown(page, random, links) });
    for (const image of page.images)
      files.push({ path: `public${image.src}`, content: solidPng(image.width, image.height, image.colour) });
  }
  return { pages: outlines, files };
}

/** Each tag on two pages at least, as editors tag (the checks warn of a tag only one page carries). */
function withSharedTags(outlines: PageOutline[]): PageOutline[] {
  const uses = new Map<string, number>();
  for (const tag of outlines.flatMap((page) => page.tags)) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  return outlines.map((page) => ({ ...page, tags: page.tags.filter((tag) => uses.get(tag)! > 1) }));
}

/** A third of the pages with children at level 3 are read in tabs with them, as the real tutorials are. */
function readInTabs(outlines: PageOutline[], random: Random): void {
  const byKey = new Map(outlines.map((page) => [`${page.nav}/${page.key}`, page]));
  const chosen = new Set(outlines.filter((page) => page.level === 3 && page.indexFile && random.chance(0.3)));
  for (const parent of chosen) parent.tertiaryTitle = "Présentation";
  for (const page of outlines) {
    const parent = page.parent ? byKey.get(`${page.nav}/${page.parent}`) : undefined;
    if (parent && chosen.has(parent)) page.tertiaryTitle = page.title.split(" ").slice(0, 2).join(" ");
  }
}

export interface SyntheticSiteOptions {
  /** Number of Markdown pages in the guides. */
  pages: number;
  seed: number;
  /** Pictogram names (`map/map.svg`) the pages may use: pass the installed DSFR's. */
  pictograms: readonly string[];
}

export interface SyntheticSite {
  pages: PageOutline[];
  files: SyntheticFile[];
}

export interface SyntheticFile {
  /** Relative to the site folder: `content/fr/…` or `public/img/…`. */
  path: string;
  content: string | Buffer;
}
