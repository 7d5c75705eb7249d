import { readdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { raiseHeadings } from "../layouts/heading-shift.ts";
import { layoutReferences } from "../layouts/layout-references.ts";
import { PAGE_STYLES, pageStyleOf } from "../layouts/page-styles.ts";
import { unknownLayouts } from "../layouts/unknown-layouts.ts";
import type { NavNode } from "../navigation/tree.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/** The layout pages are drawn with when the one they name does not exist. */
const STAND_IN = "layouts/page.njk";

/**
 * The layouts pages may name: ours (`_includes/layouts/`), and those of sites made from
 * eleventy-dsfr, drawn by ours in their style (`pageStyle` filter, lib/layouts/page-styles.ts).
 * A layout that exists nowhere is an error on the page or data file that names it, never
 * Eleventy's stop: the page is drawn with the help page layout meanwhile.
 */
export default function layoutsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  for (const [name, style] of PAGE_STYLES) eleventyConfig.addLayoutAlias(name, style.layout);
  eleventyConfig.addFilter("pageStyle", pageStyleOf);
  eleventyConfig.addFilter("raiseHeadings", (html: unknown, layout: unknown, node?: NavNode) =>
    raiseHeadings(String(html ?? ""), layout, node),
  );

  // Aliases must be known before Eleventy reads the pages, hence a reading of the sources now.
  // The dev server reads them again only when restarted: a name written since stops its rebuild.
  const known = [...ownLayouts("_includes"), ...PAGE_STYLES.keys()].sort();
  const unknown = unknownLayouts(layoutReferences(directoriesOf(eleventyConfig).input), known);
  for (const name of unknown.names) eleventyConfig.addLayoutAlias(name, STAND_IN);
  build.onRun(() => {
    for (const finding of unknown.findings) build.report(finding);
  });
}

/** Our layouts, by the name a page gives: `layouts/page.njk`. */
function ownLayouts(includes: string): string[] {
  return readdirSync(path.join(includes, "layouts"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".njk"))
    .map((file) => `layouts/${file.split(path.sep).join("/")}`);
}
