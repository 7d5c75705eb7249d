import type { NavNode } from "../navigation/tree.ts";
import { type PageStyle, pageStyleOf } from "./page-styles.ts";

/**
 * A page's content, its headings raised to follow our title (h1) without a gap: content written
 * for a layout of eleventy-dsfr sites that gave the title a lower level (the step of a tutorial
 * under its tutorial's h1, a partner's product under its theme and family) starts its headings
 * one or two levels down, which would skip levels here. Ids stay, and so do links to them.
 */
export function raiseHeadings(html: string, layout: unknown, node: NavNode | undefined): string {
  const by = titleLevel(pageStyleOf(layout), node) - 1;
  if (by <= 0) return html;
  return html.replace(HEADING_TAG, (_, slash: string, level: string) => `<${slash}h${Math.max(2, Number(level) - by)}`);
}

/** The level the original layout gave the page's title, under which its content's headings were written. */
export function titleLevel(style: PageStyle, node: NavNode | undefined): number {
  // In a partner's guide, the home is the first ancestor and the theme the second.
  const depth = node?.ancestors.length ?? 0;
  switch (style.titleLevel) {
    case "partner-article":
      return depth > 2 ? 3 : 2;
    case "partner-parent":
      return depth > 1 ? 2 : 1;
    default:
      return style.titleLevel;
  }
}

const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/g;
