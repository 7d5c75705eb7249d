import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import eleventyNavigationPlugin from "@11ty/eleventy-navigation";
import { listedChildren, pageTabs } from "../navigation/page-tabs.ts";
import { sideMenu } from "../navigation/side-menu.ts";
import { summaryOf } from "../navigation/summary.ts";
import { buildNavigation, type NavEntry, type Navigation } from "../navigation/tree.ts";
import type { CollectionApi, CollectionItem } from "./eleventy-shapes.ts";

/**
 * The navigation tree, built once per build as the `navigation` collection, and the filters
 * through which layouts read a page's place in it in constant time.
 */
export default function navigationPlugin(eleventyConfig: UserConfig): void {
  // The tree is ours, not @11ty/eleventy-navigation's: its `eleventyNavigation` filter builds the
  // whole tree again at each call (every page, every menu: the build would grow with the square of
  // the site), knows nothing of guides (`nav`) and says nothing of a wrong `parent`. Its filters
  // stay registered for pages written for them, such as those of sites made from eleventy-dsfr.
  eleventyConfig.addPlugin(eleventyNavigationPlugin);

  eleventyConfig.addCollection("navigation", (collectionApi: CollectionApi) =>
    buildNavigation(collectionApi.getAll().flatMap(toNavEntry)),
  );

  eleventyConfig.addFilter("navNode", (navigation: Navigation, url: string) => navigation.byUrl.get(url));
  eleventyConfig.addFilter("sideMenu", sideMenu);
  eleventyConfig.addFilter("pageTabs", pageTabs);
  eleventyConfig.addFilter("listedChildren", listedChildren);
  eleventyConfig.addFilter("summaryOf", (html: string, depth?: number) => summaryOf(String(html ?? ""), depth));
}

function toNavEntry(item: CollectionItem): NavEntry[] {
  const navigation = item.data.eleventyNavigation;
  if (!navigation?.key || !item.url || item.data.eleventyExcludeFromCollections) return [];
  return [
    {
      key: String(navigation.key),
      parent: navigation.parent === undefined ? undefined : String(navigation.parent),
      order: typeof navigation.order === "number" ? navigation.order : undefined,
      nav: navigation.nav ? String(navigation.nav) : "",
      title: String(navigation.title ?? navigation.key),
      url: item.url,
      inputPath: path.relative(".", item.inputPath),
      pictogram: item.data.pictogram,
      description: item.data.description,
      tertiaryTitle: typeof item.data.tertiaryTitle === "string" ? item.data.tertiaryTitle : undefined,
    },
  ];
}
