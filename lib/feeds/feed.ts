import type { Post, PostIndex, PostSection } from "../posts/post-sections.ts";
import { absoluteUrl, withAbsoluteUrls } from "./absolute-urls.ts";

/** Entries of a feed: the latest posts, as most sites do; older ones stay in the listings. */
export const FEED_SIZE = 20;

/** The three formats, each with its file, written beside the listing page (or the home page for the site's). */
export const FEED_FORMATS = {
  atom: { file: "atom.xml", mediaType: "application/atom+xml", label: "Atom" },
  rss: { file: "rss.xml", mediaType: "application/rss+xml", label: "RSS" },
  json: { file: "feed.json", mediaType: "application/feed+json", label: "JSON Feed" },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;

/**
 * What a feed says, whatever its format: a section's posts, or every section's for the whole
 * site, with absolute URLs under `siteRoot` (`https://cartes.gouv.fr/aide/`), newest first. Its
 * date is its newest post's, so that building again without a new post changes nothing.
 */
export function feedOf(scope: FeedScope, index: PostIndex, site: FeedSite): Feed {
  const posts = (scope.section ? scope.section.posts : index.posts)
    .filter((post) => !post.draft && post.date)
    .slice(0, FEED_SIZE);
  const homePath = scope.section?.url ?? scope.homeUrl;
  return {
    title: scope.section ? `${scope.section.title} – ${site.title}` : site.title,
    description: scope.section?.description ?? site.description,
    homeUrl: absoluteUrl(homePath, site.root),
    urls: Object.fromEntries(
      Object.entries(FEED_FORMATS).map(([format, { file }]) => [format, absoluteUrl(`${homePath}${file}`, site.root)]),
    ) as Record<FeedFormat, string>,
    author: site.author,
    updated: posts[0]?.date ?? EPOCH,
    entries: posts.map((post) => entryOf(post, site.root, !scope.section)),
  };
}

function entryOf(post: Post, siteRoot: string, withSection: boolean): FeedEntry {
  const url = absoluteUrl(post.url, siteRoot);
  return {
    id: url,
    url,
    title: withSection ? `${post.section.label} : ${post.title}` : post.title,
    summary: post.description,
    contentHtml: withAbsoluteUrls(post.content?.() ?? "", post.url, siteRoot),
    date: post.date!,
    tags: post.tags,
    image: post.image ? absoluteUrl(post.image.src, siteRoot) : undefined,
  };
}

/** A feed with no post yet is dated from the epoch: a date that never changes and fools no reader. */
const EPOCH = new Date(0);

export interface FeedScope {
  /** The section whose posts the feed carries; none for the whole site's feed. */
  section?: PostSection;
  /** The page the site's feed belongs to (`/fr/`), where its files are written. */
  homeUrl: string;
}

export interface FeedSite {
  /** Name of the site, the title of its feed. */
  title: string;
  description: string;
  author: string;
  /** Where the site is published, path prefix included: `https://cartes.gouv.fr/aide/`. */
  root: string;
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed is the feed of. */
  homeUrl: string;
  /** The feed's own address in each format. */
  urls: Record<FeedFormat, string>;
  author: string;
  updated: Date;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** The post's address, which never changes: its id as well as its link. */
  id: string;
  url: string;
  title: string;
  summary?: string;
  contentHtml: string;
  date: Date;
  tags: string[];
  image?: string;
}
