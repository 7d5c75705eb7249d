import { closest } from "../../shared/closest.ts";
import { type Finding, warning } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";
import { isContentPage } from "./front-matter.ts";

/**
 * A tag carried by one page only leads to a tag page (and a filter of its listing) with a single
 * link: often a spelling of another tag, or a tag no other page will ever share.
 */
export function checkSingleUseTags(model: SiteModel): Finding[] {
  const pagesByTag = new Map<string, SitePage[]>();
  for (const page of model.pages) {
    if (!isContentPage(page) || page.data.draft === true || page.data.eleventyExcludeFromCollections) continue;
    const tags = Array.isArray(page.data.tags) ? page.data.tags.filter((tag) => typeof tag === "string") : [];
    for (const tag of new Set(tags)) pagesByTag.set(tag, [...(pagesByTag.get(tag) ?? []), page]);
  }
  const findings: Finding[] = [];
  for (const [tag, pages] of pagesByTag) {
    if (pages.length !== 1) continue;
    const page = pages[0]!;
    const others = [...pagesByTag.keys()].filter((other) => other !== tag);
    // Two letters apart is a typo in a long tag, another word in a short one (« TMS », « WFS »).
    const nearest = tag.length > 4 ? closest(tag, others) : undefined;
    findings.push(
      warning(
        "tag-single-use",
        page.source,
        `étiquette "${tag}" portée par cette seule page : sa page d’étiquette ne mène qu’ici`,
        nearest ? `vouliez-vous dire "${nearest}" ?` : "donnez-la aussi aux autres pages du même sujet, ou retirez-la",
        tagLine(model.source(page.source) ?? "", tag),
      ),
    );
  }
  return findings;
}

/** The line of a tag in the front matter's `tags` list, or of the list itself. */
function tagLine(text: string, tag: string): number {
  const listLine = frontMatterLine(text, ["tags"]);
  const lines = text.split(/\r?\n/);
  if (lines[listLine - 1]?.includes(tag)) return listLine;
  for (let index = listLine; index < lines.length && /^\s*-\s/.test(lines[index]!); index++)
    if (lines[index]!.includes(tag)) return index + 1;
  return listLine;
}
