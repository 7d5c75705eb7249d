import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "./eleventy-shapes.ts";

/**
 * What the home page gathers from the pages' front matter: `{{ collections.all | popularTopics }}`,
 * the pages marked `popularTopic: true`, in French alphabetical order of their titles.
 */
export default function homePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("popularTopics", popularTopics);
}

export function popularTopics(items: CollectionItem[]): PopularTopic[] {
  return items
    .filter((item) => item.data.popularTopic === true && item.url)
    .map((item) => ({
      title: String(item.data.title ?? item.url),
      url: item.url as string,
      description: item.data.description,
      pictogram: item.data.pictogram,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "fr"));
}

export interface PopularTopic {
  title: string;
  url: string;
  description?: string;
  pictogram?: string;
}
