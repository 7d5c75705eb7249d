import { listingPages } from "./listing-pages.ts";
import { postDate } from "./post-date.ts";
import { postListingFinder } from "./posts-folder.ts";
import { tagSlug } from "./tag-slug.ts";

/** Posts per page of a listing, unless its page says otherwise (`posts: { perPage: … }`). */
export const POSTS_PER_PAGE = 10;

/**
 * The sections that publish posts, built once per build from every page: a page whose front
 * matter has `posts` lists the pages of its posts folder (`postsFolderOf`), newest first. Each
 * post knows its section and the posts published just before and after it; each section its
 * tags with their counts and the static pages of its listing (`/page/2/`, one set per tag).
 */
export function buildPostSections(pages: PostSource[]): PostIndex {
  const sections: PostSection[] = pages
    .filter((page) => page.data.posts)
    .map((page) => ({
      url: page.url,
      inputPath: page.inputPath,
      title: page.data.title ?? page.url,
      label: settings(page.data.posts).label ?? page.data.title ?? page.url,
      description: page.data.description,
      perPage: settings(page.data.posts).perPage ?? POSTS_PER_PAGE,
      formerFeeds: settings(page.data.posts).formerFeeds ?? [],
      draft: page.data.draft === true,
      posts: [],
      tags: [],
      pages: [],
    }))
    .sort((a, b) => a.url.localeCompare(b.url));

  const posts: Post[] = [];
  const sectionOf = postListingFinder(sections);
  for (const page of pages) {
    const section = page.data.posts ? undefined : sectionOf(page.inputPath);
    if (!section) continue;
    const post: Post = {
      url: page.url,
      inputPath: page.inputPath,
      title: page.data.title ?? page.url,
      description: page.data.description,
      date: postDate(page.data.date),
      tags: (page.data.tags ?? []).filter((tag) => typeof tag === "string" && tag.trim() !== ""),
      image: page.data.image,
      draft: page.data.draft === true,
      section,
      content: page.content,
    };
    section.posts.push(post);
    posts.push(post);
  }

  for (const section of sections) {
    section.posts.sort(newestFirst);
    section.posts.forEach((post, index) => {
      post.newer = section.posts[index - 1];
      post.older = section.posts[index + 1];
    });
    // A tag every post carries (the section's own, given by its folder's data) would filter nothing.
    section.tags = tagCounts(section.posts).filter((tag) => tag.count < section.posts.length);
    section.pages = listingPages(section);
  }
  posts.sort(newestFirst);

  return {
    sections,
    posts,
    postsByUrl: new Map(posts.map((post) => [post.url, post])),
    listingsByUrl: new Map(sections.flatMap((section) => section.pages.map((page) => [page.url, page] as const))),
  };
}

/** The tags of a section's posts, each with its number of posts, in French alphabetical order. */
function tagCounts(posts: Post[]): TagCount[] {
  const bySlug = new Map<string, { names: Map<string, number>; count: number }>();
  for (const post of posts) {
    // A post that repeats a tag, or writes it twice with other capitals, counts once.
    for (const slug of new Set(post.tags.map(tagSlug))) {
      const entry = bySlug.get(slug) ?? { names: new Map(), count: 0 };
      entry.count++;
      bySlug.set(slug, entry);
    }
    for (const name of post.tags) {
      const names = bySlug.get(tagSlug(name))!.names;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
  }
  return [...bySlug]
    .map(([slug, { names, count }]) => ({ slug, count, name: mostWritten(names) }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

/** The spelling of a tag most posts use (the first met on a tie). */
function mostWritten(names: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [name, count] of names) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

/** Newest first; posts without a valid date last (the checks refuse them); then by title. */
function newestFirst(a: Post, b: Post): number {
  const time = (post: Post) => post.date?.getTime() ?? -Infinity;
  return time(b) - time(a) || a.title.localeCompare(b.title, "fr");
}

function settings(posts: PostSource["data"]["posts"]): PostSettings {
  return typeof posts === "object" && posts !== null ? posts : {};
}

/** A section's settings, as its page's `posts` field writes them. */
interface PostSettings {
  label?: string;
  perPage?: number;
  formerFeeds?: string[];
}

/** What the sections need of a page. */
export interface PostSource {
  url: string;
  /** Source file, relative to the project root. */
  inputPath: string;
  data: {
    title?: string;
    description?: string;
    date?: unknown;
    tags?: string[];
    image?: { src: string; alt: string };
    draft?: boolean;
    posts?: true | PostSettings;
  };
  /** The page's rendered HTML, for the feeds: read only once every page is rendered. */
  content?: () => string;
}

export interface PostIndex {
  /** Every section, by URL. */
  sections: PostSection[];
  /** Every post of every section, newest first. */
  posts: Post[];
  postsByUrl: Map<string, Post>;
  /** Every page of every listing (the section's own page first), by URL. */
  listingsByUrl: Map<string, ListingPage>;
}

export interface PostSection {
  url: string;
  inputPath: string;
  title: string;
  /** Short name of its posts (« Actualités »): search filter, cards of the home page. */
  label: string;
  description?: string;
  perPage: number;
  /** Addresses its feeds had before (`/feed/actualites/ign.xml`): the feed is written there too. */
  formerFeeds: string[];
  draft: boolean;
  /** Newest first. */
  posts: Post[];
  /** The tags that narrow its listing: those of some of its posts, not of all. */
  tags: TagCount[];
  /** The pages of its listing: all posts, then each tag's, page by page. */
  pages: ListingPage[];
}

export interface Post {
  url: string;
  inputPath: string;
  title: string;
  description?: string;
  /** Undefined when the front matter has none, or one that is not a date. */
  date?: Date;
  tags: string[];
  image?: { src: string; alt: string };
  draft: boolean;
  section: PostSection;
  /** The post published just after this one, in its section. */
  newer?: Post;
  /** The post published just before this one, in its section. */
  older?: Post;
  content?: () => string;
}

export interface TagCount {
  name: string;
  slug: string;
  count: number;
}

export interface ListingPage {
  section: PostSection;
  /** The tag this listing filters on; none for the listing of all posts. */
  tag?: TagCount;
  url: string;
  /** 1 for the first page. */
  number: number;
  /** URL of each page of this listing, the first at index 0. */
  pageUrls: string[];
  /** The posts of this page. */
  posts: Post[];
  /** Posts of the whole listing, every page together. */
  total: number;
  /** Title of the page (`<title>` and `<h1>`), unique on the site. */
  title: string;
  /** Its last item in the breadcrumb. */
  crumb: string;
}
