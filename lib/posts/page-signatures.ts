import { FEED_SIZE } from "../feeds/feed.ts";
import type { ListingPage, Post, PostIndex, PostSection } from "./post-sections.ts";

/**
 * What a listing page shows, as a string that changes when it does (its posts' cards, the
 * section's tag filter, the pagination): the dev server writes it again only when it changed.
 */
export function listingSignature(page: ListingPage): string {
  const { section } = page;
  return JSON.stringify([
    page.title,
    page.pageUrls,
    page.total,
    [section.title, section.description, section.tags, section.posts.length],
    page.posts.map(cardOf),
  ]);
}

/** A feed (a section's, or the site's without one): its posts' cards, and when their sources last changed. */
export function feedSignature(
  section: PostSection | undefined,
  index: PostIndex,
  lastModified: (inputPath: string) => number | undefined,
): string {
  const posts = (section ? section.posts : index.posts).slice(0, FEED_SIZE + 1);
  return JSON.stringify([
    section?.title,
    section?.description,
    posts.map((post) => [...cardOf(post), lastModified(post.inputPath)]),
  ]);
}

function cardOf(post: Post): unknown[] {
  return [post.url, post.title, post.description, post.date?.getTime(), post.tags, post.image, post.draft];
}
