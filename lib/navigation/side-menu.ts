import { isTab, listedChildren } from "./page-tabs.ts";
import type { NavNode } from "./tree.ts";

/**
 * The side menu of a page: its guide's first level, and the branch leading to the page unfolded.
 * Only that branch is rendered, so a page's HTML does not grow with the size of its guide. The
 * tabs of a page (page-tabs.ts) are not listed: their parent stands for them.
 */
export function sideMenu(node: NavNode | undefined): SideMenu | undefined {
  const guide = node?.guide;
  if (!node || !guide) return undefined;
  const path = new Set([...node.ancestors, node]);
  const toItem = (item: NavNode): SideMenuItem => {
    const children = listedChildren(item);
    const expanded = path.has(item) && children.length > 0;
    return {
      title: item.title,
      url: item.url,
      current: item === node,
      currentTab: isTab(node) && node.ancestors.at(-1) === item,
      onPath: path.has(item),
      expanded,
      children: expanded ? children.map(toItem) : [],
    };
  };
  return { title: guide.title, url: guide.url, current: guide === node, items: listedChildren(guide).map(toItem) };
}

export interface SideMenu {
  title: string;
  url: string;
  current: boolean;
  items: SideMenuItem[];
}

export interface SideMenuItem {
  title: string;
  url: string;
  /** The page being read. */
  current: boolean;
  /** The page being read is one of its tabs, which the menu does not list. */
  currentTab: boolean;
  /** The page being read or one of its ancestors. */
  onPath: boolean;
  /** Unfolded: on the path and with children, which are then listed. */
  expanded: boolean;
  children: SideMenuItem[];
}
