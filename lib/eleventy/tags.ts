import type UserConfig from "@11ty/eleventy/UserConfig";
import { slugify } from "../markdown/slugify.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { changedPagesOnly } from "./changed-pages.ts";
import type { CollectionApi, CollectionItem } from "./eleventy-shapes.ts";

/** Collections that are not tags an editor gave. */
export const NOT_TAGS = new Set(["all", "navigation", "postSections", "postListingPages", "postFeeds", "tagPages"]);

/**
 * The editors' tags, in French alphabetical order: Eleventy lists collections in the order it
 * met them, which changes from one build to the next.
 */
export function tagNames(collections: Record<string, unknown>): string[] {
  return Object.keys(collections)
    .filter((name) => !NOT_TAGS.has(name))
    .sort((a, b) => a.localeCompare(b, "fr"));
}

/**
 * One page per tag (`content/fr/etiquettes/etiquette.njk`, at `/fr/etiquettes/<tag>/`) listing
 * the pages that have it, in the order of Eleventy's collection of that tag (`items` sorted as
 * Eleventy sorts them), the tags in French alphabetical order.
 */
export function tagPagesOf(items: CollectionItem[]): TagPage[] {
  const byTag = new Map<string, TagPage>();
  for (const item of items) {
    if (!item.url) continue;
    for (const tag of new Set(tagsOf(item))) {
      if (NOT_TAGS.has(tag)) continue;
      let tagPage = byTag.get(tag);
      if (!tagPage) byTag.set(tag, (tagPage = { tag, url: `/fr/etiquettes/${slugify(tag)}/`, pages: [] }));
      tagPage.pages.push({ url: item.url, title: item.data.title, description: item.data.description });
    }
  }
  return [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag, "fr"));
}

/** What a tag page shows: the dev server writes it again only when this changes. */
export function tagPageSignature(tagPage: TagPage): string {
  return JSON.stringify(tagPage);
}

/**
 * `{% for tag in collections | tagNames %}` for the tags page, and `collections.tagPages` for
 * the page of each tag. The dev server renders every page paginated over a collection again at
 * each save: on a site of a thousand pages, the tag pages were most of a rebuild. It now gets
 * only those whose list changed.
 */
export default function tagsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  eleventyConfig.addFilter("tagNames", tagNames);
  const changed = changedPagesOnly(build);
  eleventyConfig.addCollection("tagPages", (collectionApi: CollectionApi) =>
    changed(tagPagesOf(collectionApi.getAllSorted()), tagPageSignature),
  );
}

function tagsOf(item: CollectionItem): string[] {
  const tags = item.data.tags;
  if (typeof tags === "string") return [tags];
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
}

export interface TagPage {
  /** The tag as the editors wrote it. */
  tag: string;
  url: string;
  pages: { url: string; title?: string; description?: string }[];
}
