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
 * The listing a page is a post of: the one whose posts folder holds it, the deepest when folders
 * nest; none for a listing page itself or a page outside every posts folder.
 */
export function listingOfPost<T extends { inputPath: string }>(inputPath: string, listings: T[]): T | undefined {
  const file = toPosix(inputPath);
  let found: T | undefined;
  let depth = -1;
  for (const listing of listings) {
    const folder = postsFolderOf(listing.inputPath);
    if (file.startsWith(folder) && toPosix(listing.inputPath) !== file && folder.length > depth) {
      found = listing;
      depth = folder.length;
    }
  }
  return found;
}

function toPosix(file: string): string {
  return path.normalize(file).split(path.sep).join("/").replace(/^\.\//, "");
}
