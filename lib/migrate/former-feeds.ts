import { isMap, isScalar, parseDocument } from "yaml";
import { removeField } from "./front-matter-rules.ts";
import { splitPage } from "./page-file.ts";
import { defaultUrl } from "./source-url.ts";

/**
 * The feeds of an eleventy-dsfr site are pages of its own (`content/feed/actualites/ign.njk`,
 * with the `permalink` of the feed and the `path` of the section it lists), announced by the
 * section's `fluxRssPath`. The generator writes each section's feeds itself; so that subscribers
 * keep theirs, the section's page lists the old addresses in `posts.formerFeeds`, where the
 * generator publishes a copy.
 */
export function formerFeedsOf(pages: { file: string; text: string }[]): Map<string, string[]> {
  const bySection = new Map<string, string[]>();
  for (const { file, text } of pages) {
    if (!/^content\/feed\/.+\.(njk|md|html)$/.test(file)) continue;
    const yaml = splitPage(text).yaml;
    if (yaml === undefined) continue;
    const data = parseDocument(yaml).toJSON() as { permalink?: unknown; path?: unknown } | null;
    if (typeof data?.permalink !== "string" || typeof data.path !== "string") continue;
    const section = withoutTrailingSlash(data.path);
    bySection.set(section, [...(bySection.get(section) ?? []), data.permalink]);
  }
  for (const addresses of bySection.values()) addresses.sort();
  return bySection;
}

/**
 * A section page's YAML with its `fluxRssPath` turned into `posts.formerFeeds`, together with the
 * addresses of the feed pages that list it; the change said in French. A page that already has
 * `posts` is left as it is, with what to add by hand.
 */
export function carryFormerFeeds(
  file: string,
  yaml: string,
  feedsBySection: Map<string, string[]>,
): { yaml: string; changes: string[] } {
  const section = withoutTrailingSlash(defaultUrl(file.replace(/^content\//, "").replace(/\.[^.]+$/, "")));
  const data = parseDocument(yaml).contents;
  const announced = isMap(data) ? data.get("fluxRssPath") : undefined;
  const addresses = [...(feedsBySection.get(section) ?? [])];
  if (typeof announced === "string" && !addresses.includes(announced)) addresses.push(announced);
  if (addresses.length === 0) return { yaml, changes: [] };

  const published = addresses.filter((address) => FEED_ADDRESS.test(address));
  const dropped = addresses.filter((address) => !FEED_ADDRESS.test(address));
  const hasPosts = isMap(data) && data.items.some((pair) => isScalar(pair.key) && pair.key.value === "posts");
  let text = announced === undefined ? yaml : (removeField(yaml, ["fluxRssPath"]) ?? yaml);
  const changes: string[] = [];
  if (hasPosts) {
    changes.push(
      `la page a déjà « posts » : ajoutez-y à la main « formerFeeds » avec les anciennes adresses de ses flux (${published.join(", ")}) pour que les abonnés les gardent`,
    );
  } else if (published.length > 0) {
    text += `posts:\n    formerFeeds:\n${published.map((address) => `        - ${address}\n`).join("")}`;
    changes.push(
      `${announced === undefined ? "" : "champ « fluxRssPath » remplacé : "}les flux de la rubrique restent publiés à leurs anciennes adresses (« posts.formerFeeds » : ${published.join(", ")}), en plus de ceux que le générateur écrit`,
    );
  }
  if (dropped.length > 0) changes.push(`adresse de flux non reprise (ni .xml ni .json) : ${dropped.join(", ")}`);
  return { yaml: text, changes };
}

/** The addresses the generator can write a feed at: Atom in `.xml`, JSON Feed in `.json`. */
const FEED_ADDRESS = /^\/[^\s?#]*\.(xml|json)$/;

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "") || "/";
}
