import { resolvePageUrl } from "./page-url.ts";

/** The navigation whose pages make the header's menu: `nav: main`. */
export const MAIN_NAV = "main";

/**
 * The site's navigation, built once per build from every page's `eleventyNavigation` and place
 * fields; every view (header, side menu, breadcrumb, previous/next, children lists, site map) reads it.
 *
 * A guide is the tree of the pages of one `nav`, each naming its parent by `key`. Its home is the
 * page that names the guide with `sidemenuNav` (the guide's pages without parent hang under it),
 * or else the guide's one page without parent. The pages of `nav: main` make the header's menu.
 */
export function buildNavigation(entries: NavEntry[]): Navigation {
  const nodes = entries.map((entry): NavNode => ({ ...entry, children: [], depth: 0, ancestors: [] }));
  const byUrl = new Map(nodes.map((node) => [node.url, node]));
  const urls = new Set(byUrl.keys());
  const homeOf = new Map<string, NavNode>();
  for (const node of nodes) if (node.home && !homeOf.has(node.home)) homeOf.set(node.home, node);

  const treeParent = new Map<NavNode, NavNode>();
  const mainRoots: NavNode[] = [];
  const guides: NavNode[] = [];
  for (const [nav, members] of groupByNav(nodes)) {
    const byKey = new Map<string, NavNode>();
    for (const node of members) if (node.key !== undefined && !byKey.has(node.key)) byKey.set(node.key, node);
    const roots: NavNode[] = [];
    for (const node of members) {
      if (node.parent === undefined) roots.push(node);
      else {
        const parent = byKey.get(node.parent);
        if (parent && parent !== node) adopt(parent, node, treeParent);
      }
    }
    if (nav === MAIN_NAV) {
      mainRoots.push(...roots);
      continue;
    }
    const home = homeOf.get(nav) ?? roots.sort(byDepthThenPath)[0];
    if (!home) continue;
    guides.push(home);
    // Under a home named by `sidemenuNav`, every page without parent; else the other roots stay out.
    if (homeOf.get(nav) === home) for (const root of roots) if (root !== home) adopt(home, root, treeParent);
  }
  for (const node of nodes) node.children.sort(byOrderThenTitle);
  guides.sort(byOrderThenTitle);

  const trails = new Map<NavNode, Crumb[]>();
  const trailOf = (node: NavNode): Crumb[] => {
    const known = trails.get(node);
    if (known) return known;
    trails.set(node, []); // a loop of parents ends here instead of recursing forever
    const parent = treeParent.get(node);
    const trail = parent
      ? [...trailOf(parent), crumbOf(parent)]
      : node.nav === MAIN_NAV
        ? []
        : (node.segments ?? []).map((segment) => ({
            title: segment.title,
            url: resolvePageUrl(segment.url, node.url, urls, node.lang).url,
          }));
    trails.set(node, trail);
    return trail;
  };
  for (const node of nodes) node.trail = trailOf(node);
  const homes = new Set(guides);
  for (const guide of guides) linkReadingOrder(guide, homes);

  const main = [...mainRoots, ...guides.filter((home) => home.trail?.length === 0 && !mainRoots.includes(home))];
  main.sort(byOrderThenTitle);
  for (const node of nodes)
    if (node.sidemenuActive)
      node.menuAnchor = byUrl.get(resolvePageUrl(node.sidemenuActive, node.url, urls, node.lang).url);
  return { main, guides, byUrl };
}

/**
 * Walks a guide depth first from its home: sets ancestors and depth, and chains pages in reading
 * order. The home of another guide met on the way is a page of this one, but its pages are not.
 */
function linkReadingOrder(home: NavNode, homes: Set<NavNode>): void {
  let previous: NavNode | undefined;
  const seen = new Set<NavNode>();
  const visit = (node: NavNode, ancestors: NavNode[]) => {
    // A home whose own parent lies in its guide would loop: each page is met once.
    if (seen.has(node)) return;
    seen.add(node);
    node.ancestors = ancestors;
    node.depth = ancestors.length;
    node.guide = home;
    if (previous) {
      previous.next = node;
      node.previous = previous;
    }
    previous = node;
    if (node === home || !homes.has(node)) for (const child of node.children) visit(child, [...ancestors, node]);
  };
  visit(home, []);
}

function adopt(parent: NavNode, child: NavNode, treeParent: Map<NavNode, NavNode>): void {
  parent.children.push(child);
  treeParent.set(child, parent);
}

function crumbOf(node: NavNode): Crumb {
  return { title: node.pageTitle ?? node.title, url: node.url };
}

function groupByNav(nodes: NavNode[]): Map<string, NavNode[]> {
  const groups = new Map<string, NavNode[]>();
  for (const node of nodes) {
    if (!node.nav || (node.key === undefined && node.parent === undefined)) continue;
    const group = groups.get(node.nav);
    if (group) group.push(node);
    else groups.set(node.nav, [node]);
  }
  return groups;
}

function byOrderThenTitle(a: NavNode, b: NavNode): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, "fr");
}

/** A guide's root, without a home named by `sidemenuNav`, is its shallowest page (`guide/index.md`, not a page deep inside). */
function byDepthThenPath(a: NavNode, b: NavNode): number {
  return a.url.split("/").length - b.url.split("/").length || a.inputPath.localeCompare(b.inputPath);
}

/** What a page says of its place in its front matter (and its folder's data), as the navigation needs it. */
export interface NavEntry {
  /** Unique name of the page within its guide; children name it as their `parent`. Absent on a page no other page names. */
  key?: string;
  /** Key of the parent page, in the same guide. */
  parent?: string;
  /** Position among its siblings (smallest first). */
  order?: number;
  /** Guide the page belongs to (`producteur`…), `main` for the header's menu, "" for pages outside every navigation. */
  nav: string;
  /** The guide this page is the home of (`sidemenuNav`): the guide's pages without parent hang under it. */
  home?: string;
  /** Label shown in menus: `eleventyNavigation.title`, else the key, else the page's title. */
  title: string;
  /** The page's own title, for breadcrumbs and the tiles that lead to it. */
  pageTitle?: string;
  url: string;
  inputPath: string;
  pictogram?: string;
  description?: string;
  image?: { src: string; alt: string };
  tags?: string[];
  /** Shown in the side menu as a link whose children are not listed (the page lists them itself). */
  clickableParent?: boolean;
  /** URL of the side menu item to mark when the page is not in the menu itself. */
  sidemenuActive?: string;
  /** Breadcrumb of a page that has no place in a guide: `{ url, title }` from the home down. */
  segments?: { url: string; title: string }[];
  /** Language of the page (`fr`), which the URLs of `segments` and `sidemenuActive` may leave out. */
  lang?: string;
  /** Its label as a tab of its parent page (lib/navigation/page-tabs.ts). */
  tertiaryTitle?: string;
}

export interface NavNode extends NavEntry {
  children: NavNode[];
  /** From the guide's home down to the parent; empty for a home or a page the guide cannot reach. */
  ancestors: NavNode[];
  depth: number;
  /** The home of the page's guide; undefined when the page is in no guide or cannot be reached from its home. */
  guide?: NavNode;
  previous?: NavNode;
  next?: NavNode;
  /** The breadcrumb between the site's home and the page (both left out). */
  trail?: Crumb[];
  /** The page `sidemenuActive` names, when there is one. */
  menuAnchor?: NavNode;
}

export interface Crumb {
  title: string;
  url: string;
}

export interface Navigation {
  /** The header's menu: the pages of `nav: main`, and the homes of guides placed nowhere else, in order. */
  main: NavNode[];
  /** The home of each guide, in order. */
  guides: NavNode[];
  byUrl: Map<string, NavNode>;
}
