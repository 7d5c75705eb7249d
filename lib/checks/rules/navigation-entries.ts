import type { SitePage } from "../model/site-model.ts";

/**
 * The pages that take a place in a navigation (a `key` or a `parent`), in source order so that
 * "the first page with this key" is stable.
 */
export function navigationEntries(model: { pages: SitePage[] }): NavigationEntry[] {
  const pages = [...model.pages].sort((a, b) => a.source.localeCompare(b.source));
  return pages.flatMap((page) => {
    const navigation = page.data.eleventyNavigation as Record<string, unknown> | undefined;
    const key = text(navigation?.key);
    const parent = text(navigation?.parent);
    if (key === undefined && parent === undefined) return [];
    const title = text(page.data.title);
    return [
      {
        key,
        parent,
        nav: text(navigation?.nav) ?? "",
        title,
        label: text(navigation?.title) ?? key ?? title ?? page.url,
        page,
      },
    ];
  });
}

/**
 * Pages of a guide (a `nav`, often their folder's) with neither `key` nor `parent`: the guide cannot
 * place them. A page kept out of the collections is in no menu, whatever its folder says.
 */
export function pagesWithoutPlace(model: { pages: SitePage[] }): SitePage[] {
  return model.pages.filter((page) => {
    const navigation = page.data.eleventyNavigation as Record<string, unknown> | undefined;
    return (
      page.data.eleventyExcludeFromCollections !== true &&
      text(navigation?.nav) !== undefined &&
      text(navigation?.key) === undefined &&
      text(navigation?.parent) === undefined
    );
  });
}

/** Groups items by a key, keeping their order (`Map.groupBy` comes with Node 21). */
export function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** The pages under a page, at any depth (a loop of parents is followed once). */
export function descendants(
  entry: NavigationEntry,
  childrenOf: Map<NavigationEntry, NavigationEntry[]>,
): Set<NavigationEntry> {
  const found = new Set<NavigationEntry>();
  const queue = [...(childrenOf.get(entry) ?? [])];
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (found.has(next) || next === entry) continue;
    found.add(next);
    queue.push(...(childrenOf.get(next) ?? []));
  }
  return found;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export interface NavigationEntry {
  key?: string;
  parent?: string;
  /** "" when the page names no guide. */
  nav: string;
  /** The page's title. */
  title?: string;
  /** What the menus show: `eleventyNavigation.title`, else the key, else the title. */
  label: string;
  page: SitePage;
}
