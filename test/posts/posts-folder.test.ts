import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { postListingFinder, postsFolderOf } from "../../lib/posts/posts-folder.ts";

describe("the posts folder of a listing page", () => {
  it("is the folder of the same name beside a listing written as a file, as on cartes.gouv.fr", () => {
    assert.equal(
      postsFolderOf("content/fr/guides-utilisateur/changements-evolutions.md"),
      "content/fr/guides-utilisateur/changements-evolutions/",
    );
  });

  it("is its own folder for a listing written as index.md, and the paths Eleventy gives with ./ are read the same", () => {
    assert.equal(postsFolderOf("./content/fr/actualites/index.md"), "content/fr/actualites/");
  });
});

describe("the listing a page is a post of", () => {
  const listings = [{ inputPath: "content/fr/actualites/index.md" }, { inputPath: "content/fr/actualites/ign.md" }];
  const listingOfPost = postListingFinder(listings);

  it("is the one whose folder holds the page, the deepest when folders nest", () => {
    assert.equal(listingOfPost("content/fr/actualites/a.md"), listings[0]);
    assert.equal(listingOfPost("./content/fr/actualites/ign/2026/b.md"), listings[1]);
  });

  it("is none for the listing page itself and for a page outside every posts folder", () => {
    assert.equal(listingOfPost("content/fr/actualites/index.md"), undefined);
    assert.equal(listingOfPost("content/fr/actualites-anciennes/a.md"), undefined);
  });
});
