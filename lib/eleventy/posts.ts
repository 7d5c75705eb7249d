import { statSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { atomFeed } from "../feeds/atom-feed.ts";
import { FEED_FORMATS, type Feed, type FeedFormat, type FeedSite, feedOf } from "../feeds/feed.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import { rssFeed } from "../feeds/rss-feed.ts";
import { pageStyleOf } from "../layouts/page-styles.ts";
import type { Navigation, NavNode } from "../navigation/tree.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { feedSignature, listingSignature } from "../posts/page-signatures.ts";
import { paginationItems } from "../posts/pagination.ts";
import { postDate } from "../posts/post-date.ts";
import {
  buildPostSections,
  type ListingPage,
  type Post,
  type PostIndex,
  type PostSource,
} from "../posts/post-sections.ts";
import { changedPagesOnly } from "./changed-pages.ts";
import type { CollectionApi, CollectionItem } from "./eleventy-shapes.ts";

/**
 * Posts: the pages of a section's posts folder, listed by the section's page (`posts` in its
 * front matter), newest first. Built once per build into the `postSections` collection; the
 * listing's other pages (`/page/2/`, one set per tag) and the feeds (Atom, RSS, JSON Feed, for
 * each section and for the whole site) are generated here, with no file in `content/`.
 */
export default function postsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  const postIndex = (collectionApi: CollectionApi) =>
    (build.postIndex ??= buildPostSections(collectionApi.getAll().flatMap(toPostSource)));

  // Eleventy stops the whole build on a `date` it cannot read: the checks say which post and how to write it instead.
  eleventyConfig.addDateParsing((value: unknown) => (isDateEleventyReads(value) ? undefined : UNREADABLE_DATE));

  // The dev server writes again only the listing pages and feeds whose content changed.
  const changed = changedPagesOnly(build);

  eleventyConfig.addCollection("postSections", postIndex);
  eleventyConfig.addCollection("postListingPages", (collectionApi: CollectionApi) =>
    changed(
      postIndex(collectionApi).sections.flatMap((section) => section.pages.filter((page) => page.url !== section.url)),
      listingSignature,
    ),
  );
  eleventyConfig.addCollection("postFeeds", (collectionApi: CollectionApi) => {
    const index = postIndex(collectionApi);
    return changed(feedFiles(index), (file) =>
      feedSignature(
        index.sections.find((section) => section.url === file.scopeUrl),
        index,
        lastModified,
      ),
    );
  });

  eleventyConfig.addTemplate("posts/listing.njk", "", {
    layout: "layouts/post-listing.njk",
    pagination: { data: "collections.postListingPages", size: 1, alias: "listing", addAllPagesToCollections: false },
    permalink: "{{ listing.url }}",
    eleventyComputed: { title: (data: { listing: { title: string } }) => data.listing.title },
    eleventyExcludeFromCollections: true,
    excludeFromSearch: true,
  });
  eleventyConfig.addTemplate(
    "posts/feed.njk",
    `{{ feed | feedText(collections.postSections, { title: "Aide " + site.name, description: site.description, author: site.publisher, root: (siteUrl or site.url) + ("/" | url) }) | safe }}`,
    {
      layout: false,
      pagination: { data: "collections.postFeeds", size: 1, alias: "feed", addAllPagesToCollections: false },
      permalink: "{{ feed.url }}",
      // A copy at a former address is the same bytes as the feed the checks read already.
      eleventyComputed: { feedFormat: (data: { feed: FeedFile }) => (data.feed.former ? undefined : data.feed.format) },
      eleventyExcludeFromCollections: true,
    },
  );

  // A feed is written in three formats: what it holds is made once per run (the posts' HTML made absolute).
  const feeds = new WeakMap<PostIndex, Map<string, Feed>>();
  eleventyConfig.addFilter("feedText", (file: FeedFile, index: PostIndex, site: FeedSite) => {
    const ofRun = feeds.get(index) ?? feeds.set(index, new Map()).get(index)!;
    let feed = ofRun.get(file.scopeUrl);
    if (!feed) {
      const section = index.sections.find((candidate) => candidate.url === file.scopeUrl);
      feed = feedOf({ section, homeUrl: file.scopeUrl }, index, site);
      ofRun.set(file.scopeUrl, feed);
    }
    return WRITERS[file.format](feed);
  });
  eleventyConfig.addFilter("feedLinks", (scopeUrl: string) =>
    (Object.entries(FEED_FORMATS) as [FeedFormat, (typeof FEED_FORMATS)[FeedFormat]][]).map(([format, spec]) => ({
      format,
      url: `${scopeUrl}${spec.file}`,
      mediaType: spec.mediaType,
      label: spec.label,
    })),
  );
  eleventyConfig.addFilter("postPlace", postPlace);
  eleventyConfig.addFilter("navNodeUnder", navNodeUnder);
  eleventyConfig.addFilter("paginationItems", paginationItems);
}

/** What the layouts need to know of a page among the posts: the post it is, or the listing page. */
export function postPlace(index: PostIndex | undefined, url: string): PostPlace | undefined {
  const post = index?.postsByUrl.get(url);
  if (post) return { post, parentUrl: post.section.url, crumb: post.title };
  const listing = index?.listingsByUrl.get(url);
  if (listing) return { listing, parentUrl: listing.section.url, crumb: listing.crumb };
  return undefined;
}

/**
 * The place in the navigation of a page that is not in it (a post without `eleventyNavigation`, a
 * listing's second page): under its section's page, for the breadcrumb and the side menu,
 * without being listed in the menu itself.
 */
export function navNodeUnder(
  navigation: Navigation,
  parentUrl: string,
  title: string,
  url: string,
): NavNode | undefined {
  const parent = navigation.byUrl.get(parentUrl);
  if (!parent) return undefined;
  return {
    key: title,
    title,
    url,
    nav: parent.nav,
    inputPath: "",
    children: [],
    ancestors: [...parent.ancestors, parent],
    depth: parent.depth + 1,
    guide: parent.guide,
    trail: [...(parent.trail ?? []), { title: parent.title, url: parent.url }],
    // The side menu marks the section's page, as it would a page that is in the menu.
    menuAnchor: parent,
  };
}

/**
 * One file per format for the whole site (beside its home page) and for each section; and a copy
 * at each address a section's feeds had before (`posts.formerFeeds`), so that subscribers keep
 * them: the copy's `self` link names the new address, which feed readers follow.
 */
function feedFiles(index: PostIndex): FeedFile[] {
  const scopes = index.sections.length > 0 ? [SITE_HOME, ...index.sections.map((section) => section.url)] : [];
  const files: FeedFile[] = scopes.flatMap((scopeUrl) =>
    (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
      format,
      scopeUrl,
      url: `${scopeUrl}${FEED_FORMATS[format].file}`,
    })),
  );
  for (const section of index.sections)
    for (const url of section.formerFeeds)
      files.push({ format: url.endsWith(".json") ? "json" : "atom", scopeUrl: section.url, url, former: true });
  return files;
}

function toPostSource(item: CollectionItem): PostSource[] {
  if (!item.url) return [];
  const given = item.data as PostSource["data"] & { layout?: unknown };
  // A page drawn in a posts style (eleventy-dsfr's `layouts/blog.njk`) lists its posts without saying `posts`.
  const data =
    given.posts === undefined && pageStyleOf(given.layout).posts ? { ...given, posts: true as const } : given;
  return [
    {
      url: item.url,
      inputPath: path.relative(".", item.inputPath),
      data,
      content: () => (item as CollectionItem & { templateContent: string }).templateContent,
    },
  ];
}

/** A Date, YAML's or luxon's, or a string Eleventy reads: a keyword (`git Last Modified`) or a date `2026-08-12`. */
function isDateEleventyReads(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value instanceof Date) return true;
  if ((value as { constructor?: { name?: string } })?.constructor?.name === "DateTime") return true;
  if (typeof value !== "string") return false;
  return /^(git )?(last modified|created)$/i.test(value.trim()) || postDate(value) !== undefined;
}

/** The page date Eleventy gets for a `date` it could not read (the checks report it, and the build fails). */
const UNREADABLE_DATE = new Date(0);

/** When a source file last changed: a feed shows the text of its posts. */
function lastModified(inputPath: string): number | undefined {
  return statSync(inputPath, { throwIfNoEntry: false })?.mtimeMs;
}

/** The page the whole site's feeds belong to. */
const SITE_HOME = "/fr/";

const WRITERS: Record<FeedFormat, (feed: Feed) => string> = {
  atom: atomFeed,
  rss: rssFeed,
  json: jsonFeed,
};

export interface PostPlace {
  post?: Post;
  listing?: ListingPage;
  /** The section's page, under which the page sits in the navigation. */
  parentUrl: string;
  /** Its label in the breadcrumb. */
  crumb: string;
}

interface FeedFile {
  format: FeedFormat;
  /** The page the feed belongs to: a section's, or the site's home. */
  scopeUrl: string;
  url: string;
  /** A copy at an address the section's feed had before. */
  former?: boolean;
}
