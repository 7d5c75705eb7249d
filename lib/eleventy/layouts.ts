import type UserConfig from "@11ty/eleventy/UserConfig";
import { raiseHeadings } from "../layouts/heading-shift.ts";
import { PAGE_STYLES, pageStyleOf } from "../layouts/page-styles.ts";
import type { NavNode } from "../navigation/tree.ts";

/**
 * The layouts pages may name: ours (`_includes/layouts/`), and those of sites made from
 * eleventy-dsfr, drawn by ours in their style (`pageStyle` filter, lib/layouts/page-styles.ts).
 * A layout that exists nowhere is found before Eleventy renders (lib/eleventy/missing-layouts.ts).
 */
export default function layoutsPlugin(eleventyConfig: UserConfig): void {
  for (const [name, style] of PAGE_STYLES) eleventyConfig.addLayoutAlias(name, style.layout);
  eleventyConfig.addFilter("pageStyle", pageStyleOf);
  eleventyConfig.addFilter("raiseHeadings", (html: unknown, layout: unknown, node?: NavNode) =>
    raiseHeadings(String(html ?? ""), layout, node),
  );
}
