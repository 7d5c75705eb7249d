import type { NavNode } from "./tree.ts";

/**
 * The tabs of a page: a parent page and those of its children that carry a `tertiaryTitle` (the
 * tab's label) read as one document in tabs, each tab a page of its own. The parent is the first
 * tab (labelled by its own `tertiaryTitle`, else its title). The tabs of one parent are its
 * children in the menus: the side menu and the tiles of children list the parent alone.
 */
export function pageTabs(node: NavNode | undefined): PageTabs | undefined {
  const parent = node && (tabsOf(node).length > 0 ? node : isTab(node) ? node.ancestors.at(-1) : undefined);
  if (!node || !parent) return undefined;
  return {
    label: parent.title,
    tabs: [parent, ...tabsOf(parent)].map((page) => ({
      title: page.tertiaryTitle ?? page.title,
      url: page.url,
      current: page === node,
    })),
  };
}

/**
 * Whether a page is a tab of its parent (then the menus show its parent in its place): it has a
 * `tertiaryTitle` and no tabs of its own, which would make it the first tab of its own set.
 */
export function isTab(node: NavNode): boolean {
  return (
    node.tertiaryTitle !== undefined &&
    node.ancestors.length > 0 &&
    !node.children.some((child) => child.tertiaryTitle !== undefined)
  );
}

/**
 * The children a menu or the tiles of a page list: those that are not its tabs. A tab with pages of
 * its own stays listed, so that the menu leads to them.
 */
export function listedChildren(node: NavNode | undefined): NavNode[] {
  return node ? node.children.filter((child) => !isTab(child) || child.children.length > 0) : [];
}

function tabsOf(node: NavNode): NavNode[] {
  return node.children.filter(isTab);
}

export interface PageTabs {
  /** The name of the set of tabs, for screen readers: the parent page's title. */
  label: string;
  tabs: { title: string; url: string; current: boolean }[];
}
