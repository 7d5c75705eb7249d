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
    buildNavigation(
      collectionApi
        .getAll()
        .flatMap(toNavEntry)
        .sort((a, b) => a.inputPath.localeCompare(b.inputPath)),
    ),
  );

  eleventyConfig.addFilter("navNode", (navigation: Navigation, url: string) => navigation.byUrl.get(url));
  eleventyConfig.addFilter("sideMenu", sideMenu);
  eleventyConfig.addFilter("pageTabs", pageTabs);
  eleventyConfig.addFilter("listedChildren", listedChildren);
  eleventyConfig.addFilter("summaryOf", (html: string, depth?: number) => summaryOf(String(html ?? ""), depth));
}

/** Every page of the collections has a place: in a guide, in the header's menu, or only under its breadcrumb. */
function toNavEntry(item: CollectionItem): NavEntry[] {
  const { data } = item;
  if (!item.url || data.eleventyExcludeFromCollections) return [];
  const navigation = data.eleventyNavigation ?? {};
  const key = text(navigation.key);
  const title = text(data.title);
  return [
    {
      key,
      parent: text(navigation.parent),
      order: typeof navigation.order === "number" ? navigation.order : undefined,
      nav: text(navigation.nav) ?? "",
      home: text(data.sidemenuNav),
      title: text(navigation.title) ?? key ?? title ?? item.url,
      pageTitle: title,
      url: item.url,
      inputPath: path.relative(".", item.inputPath),
      pictogram: text(data.pictogram),
      description: text(data.description),
      image: imageOf(data.image),
      tags: Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === "string") : undefined,
      clickableParent: navigation.clickableParent === true,
      sidemenuActive: text(navigation.sidemenuActive),
      segments: segmentsOf(data.segments),
      lang: text(data.lang),
      tertiaryTitle: text(data.tertiaryTitle),
    },
  ];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function imageOf(value: unknown): NavEntry["image"] {
  const { src, alt } = (value ?? {}) as { src?: unknown; alt?: unknown };
  return typeof src === "string" ? { src, alt: typeof alt === "string" ? alt : "" } : undefined;
}

function segmentsOf(value: unknown): NavEntry["segments"] {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((segment) => {
    const { url, title } = (segment ?? {}) as { url?: unknown; title?: unknown };
    return typeof url === "string" && typeof title === "string" ? [{ url, title }] : [];
  });
}
