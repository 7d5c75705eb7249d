/**
 * The navigation tree, built once per build from the pages' `eleventyNavigation` front matter.
 * Every view (side menu, breadcrumb, previous/next, children tiles, site map) reads it.
 */
export function buildNavigation(entries: NavEntry[]): Navigation {
  const byUrl = new Map<string, NavNode>();
  const byNav = new Map<string, NavNode[]>();
  for (const entry of entries) {
    const node: NavNode = { ...entry, children: [], depth: 0, ancestors: [] };
    byUrl.set(node.url, node);
    append(byNav, node.nav, node);
  }

  const guides: NavNode[] = [];
  for (const nodes of byNav.values()) {
    const byKey = new Map(nodes.map((node) => [node.key, node]));
    const childrenOf = new Map<string, NavNode[]>();
    for (const node of nodes) {
      if (node.parent === undefined) {
        if (node.nav) guides.push(node);
      } else if (byKey.has(node.parent)) append(childrenOf, node.parent, node);
    }
    for (const [key, children] of childrenOf) byKey.get(key)!.children = children.sort(byOrderThenTitle);
  }
  guides.sort(byOrderThenTitle);
  for (const guide of guides) linkReadingOrder(guide);
  return { guides, byUrl };
}

/** Walks a guide depth first: sets ancestors and depth, and chains pages in reading order. */
function linkReadingOrder(root: NavNode): void {
  let previous: NavNode | undefined;
  const visit = (node: NavNode, ancestors: NavNode[]) => {
    node.ancestors = ancestors;
    node.depth = ancestors.length;
    node.guide = ancestors[0] ?? node;
    if (previous) {
      previous.next = node;
      node.previous = previous;
    }
    previous = node;
    for (const child of node.children) visit(child, [...ancestors, node]);
  };
  visit(root, []);
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byOrderThenTitle(a: NavNode, b: NavNode): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, "fr");
}

/** What a page says of itself in its front matter, as the tree needs it. */
export interface NavEntry {
  /** Unique name of the page within its guide; children name it as their `parent`. */
  key: string;
  /** Key of the parent page, in the same guide. */
  parent?: string;
  /** Position among its siblings (smallest first). */
  order?: number;
  /** Guide the page belongs to (`producteur`…); "" for pages outside every guide. */
  nav: string;
  /** Label shown in menus. */
  title: string;
  url: string;
  inputPath: string;
  pictogram?: string;
  description?: string;
  /** Its label as a tab of its parent page (lib/navigation/page-tabs.ts). */
  tertiaryTitle?: string;
}

export interface NavNode extends NavEntry {
  children: NavNode[];
  /** From the guide's root down to the parent; empty for a root or a page the tree cannot reach. */
  ancestors: NavNode[];
  depth: number;
  /** The root of the page's guide; undefined when the page cannot be reached from a root. */
  guide?: NavNode;
  previous?: NavNode;
  next?: NavNode;
}

export interface Navigation {
  /** The root page of each guide, in order. */
  guides: NavNode[];
  byUrl: Map<string, NavNode>;
}
