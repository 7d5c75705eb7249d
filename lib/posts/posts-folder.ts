import path from "node:path";

/**
 * The folder whose pages are the posts of a listing page: `actualites.md` lists the pages of
 * `actualites/` beside it (the folder of the same name, as on the real cartes.gouv.fr site),
 * `actualites/index.md` the other pages of its own folder. Paths relative to the project root,
 * with `/`, the folder ending with one.
 */
export function postsFolderOf(listingInputPath: string): string {
  const file = toPosix(listingInputPath);
  const stem = path.posix.basename(file, path.posix.extname(file));
  const folder = path.posix.dirname(file);
  return stem === "index" ? `${folder}/` : `${folder}/${stem}/`;
}

/**
 * Finds the listing a page is a post of: the one whose posts folder holds it, the deepest when
 * folders nest; none for a listing page itself or a page outside every posts folder. The folders
 * are worked out once, for all the pages of a site.
 */
export function postListingFinder<T extends { inputPath: string }>(
  listings: T[],
): (inputPath: string) => T | undefined {
  const folders = listings
    .map((listing) => ({ listing, file: toPosix(listing.inputPath), folder: postsFolderOf(listing.inputPath) }))
    .sort((a, b) => b.folder.length - a.folder.length);
  return (inputPath) => {
    const file = toPosix(inputPath);
    return folders.find(({ folder, file: listingFile }) => file.startsWith(folder) && file !== listingFile)?.listing;
  };
}

function toPosix(file: string): string {
  return path.normalize(file).split(path.sep).join("/").replace(/^\.\//, "");
}
