import { slugify } from "../../lib/markdown/slugify.ts";
import type { Random } from "./seeded-random.ts";
import { ACTIONS, AUDIENCES, OBJECTS, QUALIFIERS } from "./synthetic-words.ts";

/**
 * The navigation of a synthetic site of exactly `pageCount` pages: guides (about √(N/25) of
 * them, as a help site grows in guides and in depth), each a root, sections, pages and
 * sub-pages (four levels), laid out in folders the way the real guides are.
 */
export function syntheticTree(pageCount: number, random: Random): TreeNode[] {
  const guideCount = Math.max(1, Math.min(pageCount, Math.round(Math.sqrt(pageCount / 25))));
  const nodes: TreeNode[] = [];
  for (let g = 0; g < guideCount; g++) {
    const budget = Math.floor(pageCount / guideCount) + (g < pageCount % guideCount ? 1 : 0);
    nodes.push(...guideTree(g, budget, random));
  }
  return nodes;
}

function guideTree(index: number, budget: number, random: Random): TreeNode[] {
  const audience =
    AUDIENCES[index % AUDIENCES.length] +
    (index >= AUDIENCES.length ? ` ${Math.floor(index / AUDIENCES.length) + 1}` : "");
  const nav = slugify(audience);
  const root: TreeNode = {
    nav,
    key: `Guides ${audience}`,
    title: `Guides ${audience}`,
    order: index + 1,
    level: 1,
    path: `fr/guides-${nav}`,
    indexFile: true,
  };
  const nodes = [root];
  const nextTitle = uniqueTitles(random);
  let left = budget - 1;
  // A change log in each guide, as cartes.gouv.fr keeps one: a listing and its dated posts.
  const posts = left >= 10 ? Math.ceil(left * POSTS_SHARE) - 1 : 0;
  if (posts > 0) {
    const listing = {
      ...child(root, CHANGE_LOG, 0, 2, true),
      path: `${root.path}/changements-evolutions`,
      posts: true as const,
    };
    nodes.push(listing);
    for (let p = 0; p < posts; p++) {
      const date = new Date(FIRST_POST - p * WEEK);
      const post = child(listing, nextTitle(), -Number(date.toISOString().slice(0, 10).replaceAll("-", "")), 3, false);
      nodes.push({ ...post, date: date.toISOString().slice(0, 10) });
    }
    left -= posts + 1;
  }
  for (let s = 1; left > 0; s++) {
    const section = child(root, nextTitle(), s, 2, true);
    nodes.push(section);
    left--;
    const pages = Math.min(left, random.int(3, 10));
    for (let p = 1; p <= pages && left > 0; p++) {
      left--;
      const subPages = left > 0 && random.chance(0.35) ? Math.min(left, random.int(1, 4)) : 0;
      const page = child(section, nextTitle(), p, 3, subPages > 0);
      nodes.push(page);
      for (let c = 1; c <= subPages; c++) nodes.push(child(page, nextTitle(), c, 4, false));
      left -= subPages;
    }
  }
  return nodes;
}

function child(parent: TreeNode, title: string, order: number, level: number, indexFile: boolean): TreeNode {
  return {
    nav: parent.nav,
    key: title,
    parent: parent.key,
    title,
    order,
    level,
    path: `${parent.path}/${slugify(title)}`,
    indexFile,
  };
}

/** Page titles unique within a guide (they are its navigation keys), drawn from the vocabulary. */
function uniqueTitles(random: Random): () => string {
  const taken = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt++) {
      const qualifier = random.pick(QUALIFIERS);
      const base = `${random.pick(ACTIONS)} ${random.pick(OBJECTS)}${qualifier ? ` ${qualifier}` : ""}`;
      const title = attempt < 20 ? base : `${base} (${attempt})`;
      if (!taken.has(title)) {
        taken.add(title);
        return title;
      }
    }
  };
}

/** Share of a guide's pages that are posts of its change log (the listing page included). */
export const POSTS_SHARE = 0.12;
const CHANGE_LOG = "Changements et évolutions";
/** The newest post's date (posts go back a week at a time): always in the past, so never a warning. */
const FIRST_POST = Date.UTC(2025, 5, 2);
const WEEK = 7 * 24 * 3600 * 1000;

/** A page's place in the navigation, before it has content. */
export interface TreeNode {
  /** The guide (`eleventyNavigation.nav`, set by the guide folder's data file). */
  nav: string;
  key: string;
  parent?: string;
  order: number;
  title: string;
  /** 1 for a guide's root, 4 for the deepest pages. */
  level: number;
  /** The page's URL without its slashes, and its place under `content/`: `fr/guides-x/section/page`. */
  path: string;
  /** Written as `<path>/index.md` (a guide's root, a page with children), else as `<path>.md`. */
  indexFile: boolean;
  /** A listing: its folder's pages are its posts. */
  posts?: true;
  /** A post's publication date, `YYYY-MM-DD`. */
  date?: string;
}
