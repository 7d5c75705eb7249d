import { isTab, listedChildren } from "./page-tabs.ts";
import type { NavNode } from "./tree.ts";

/**
 * The side menu of a page: its guide's first level, and the branch leading to the page unfolded,
 * at any depth. Only that branch is rendered, so a page's HTML does not grow with its guide.
 *
 * A page the menu does not show (a tab of its parent page, page-tabs.ts, or a page under a
 * `clickableParent`, which lists its children itself)
 * marks the item that leads to it: the one its `sidemenuActive` names, else its nearest ancestor
 * in the menu. A page outside every guide gets the menu of the item its `sidemenuActive` names.
 */
export function sideMenu(node: NavNode | undefined): SideMenu | undefined {
  const anchor = menuAnchor(node);
  const guide = anchor?.guide;
  if (!node || !anchor || !guide) return undefined;
  const path = new Set([...anchor.ancestors, anchor]);
  const toItem = (item: NavNode): SideMenuItem => {
    const children = item.clickableParent ? [] : listedChildren(item);
    const expanded = path.has(item) && children.length > 0;
    return {
      title: item.title,
      url: item.url,
      current: item === node,
      section: item === anchor && item !== node,
      onPath: path.has(item),
      expanded,
      children: expanded ? children.map(toItem) : [],
    };
  };
  return { title: guide.title, url: guide.url, current: guide === node, items: listedChildren(guide).map(toItem) };
}

/** The item of the menu that stands for the page: itself, or the item that leads to it. */
function menuAnchor(node: NavNode | undefined): NavNode | undefined {
  if (!node?.guide) return node?.menuAnchor?.guide ? node.menuAnchor : undefined;
  if (isTab(node) && node.children.length === 0) return node.ancestors.at(-1);
  const hiding = node.ancestors.find((ancestor) => ancestor.clickableParent && ancestor !== node.guide);
  if (!hiding) return node;
  return node.menuAnchor?.guide === node.guide ? node.menuAnchor : hiding;
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
  /** The item that leads to the page being read, which the menu does not show. */
  section: boolean;
  /** The page being read, the item standing for it, or one of their ancestors. */
  onPath: boolean;
  /** Unfolded: on the path and with children, which are then listed. */
  expanded: boolean;
  children: SideMenuItem[];
}
