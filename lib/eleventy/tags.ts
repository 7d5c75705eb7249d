import type UserConfig from "@11ty/eleventy/UserConfig";

/** Collections that are not tags an editor gave (the tag pages' pagination leaves out the same ones). */
export const NOT_TAGS = new Set(["all", "navigation", "postSections", "postListingPages", "postFeeds"]);

/**
 * The editors' tags, in French alphabetical order: Eleventy lists collections in the order it
 * met them, which changes from one build to the next.
 */
export function tagNames(collections: Record<string, unknown>): string[] {
  return Object.keys(collections)
    .filter((name) => !NOT_TAGS.has(name))
    .sort((a, b) => a.localeCompare(b, "fr"));
}

/** `{% for tag in collections | tagNames %}`: the tags page lists them in a stable order. */
export default function tagsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("tagNames", tagNames);
}
