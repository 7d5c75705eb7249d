import type { ListingPage, Post, PostSection, TagCount } from "./post-sections.ts";
import { tagSlug } from "./tag-slug.ts";

/**
 * The static pages of a section's listing: its posts page by page (the first page is the
 * section's own page, the next ones `<section>/page/2/`…), then the same for each tag
 * (`<section>/etiquettes/<tag>/`, `…/page/2/`). A listing without posts has its first page only,
 * which says so; no other page is ever empty.
 */
export function listingPages(section: PostSection): ListingPage[] {
  return [
    ...paged(section, undefined, section.posts, section.url),
    ...section.tags.flatMap((tag) =>
      paged(
        section,
        tag,
        section.posts.filter((post) => post.tags.some((name) => sameTag(name, tag))),
        `${section.url}etiquettes/${tag.slug}/`,
      ),
    ),
  ];
}

function paged(section: PostSection, tag: TagCount | undefined, posts: Post[], firstUrl: string): ListingPage[] {
  const count = Math.max(1, Math.ceil(posts.length / section.perPage));
  const pageUrls = Array.from({ length: count }, (_, index) =>
    index === 0 ? firstUrl : `${firstUrl}page/${index + 1}/`,
  );
  return pageUrls.map((url, index) => {
    const number = index + 1;
    const ofCount = count > 1 ? `page ${number} sur ${count}` : "";
    const filtered = tag ? `étiquette « ${tag.name} »` : "";
    return {
      section,
      tag,
      url,
      number,
      pageUrls,
      posts: posts.slice(index * section.perPage, number * section.perPage),
      total: posts.length,
      title: [section.title, filtered, number > 1 ? ofCount : ""].filter(Boolean).join(", "),
      crumb: tag
        ? [`« ${tag.name} »`, number > 1 ? `page ${number}` : ""].filter(Boolean).join(", ")
        : `Page ${number}`,
    };
  });
}

function sameTag(name: string, tag: TagCount): boolean {
  return tagSlug(name) === tag.slug;
}
