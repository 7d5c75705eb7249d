import { postListingFinder } from "../../posts/posts-folder.ts";
import { isContentPage } from "../rules/front-matter.ts";
import type { SiteModel, SitePage } from "./site-model.ts";

/**
 * The posts of a built site, each with its listing page: the pages of a posts folder, found as the
 * build found them (`lib/posts/posts-folder.ts`), from the sources and data of the manifest.
 */
export function postPages(model: SiteModel): { post: SitePage; listing: SitePage }[] {
  const pages = model.pages.filter(isContentPage);
  const listings = pages.filter((page) => page.data.posts).map((page) => ({ page, inputPath: page.source }));
  if (listings.length === 0) return [];
  const listingOf = postListingFinder(listings);
  return pages.flatMap((post) => {
    const listing = post.data.posts ? undefined : listingOf(post.source);
    return listing ? [{ post, listing: listing.page }] : [];
  });
}
