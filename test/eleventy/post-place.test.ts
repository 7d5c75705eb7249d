import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { navNodeUnder, postPlace } from "../../lib/eleventy/posts.ts";
import { buildNavigation } from "../../lib/navigation/tree.ts";
import { sampleIndex } from "../support/sample-posts.ts";

describe("a page's place among the posts", () => {
  const index = sampleIndex();

  it("is the post it is, under its section's page, with its title in the breadcrumb", () => {
    const place = postPlace(index, "/fr/actualites/quotas/");
    assert.equal(place?.post?.title, "Titre quotas");
    assert.deepEqual([place?.parentUrl, place?.crumb], ["/fr/actualites/", "Titre quotas"]);
  });

  it("is the listing page it is, the section's own page included", () => {
    assert.equal(postPlace(index, "/fr/actualites/")?.listing?.number, 1);
    assert.equal(postPlace(index, "/fr/guide/"), undefined);
    assert.equal(postPlace(undefined, "/fr/actualites/"), undefined);
  });
});

describe("the navigation node of a page outside the navigation", () => {
  const navigation = buildNavigation([
    { key: "Guide", nav: "guide", title: "Guide", url: "/fr/guide/", inputPath: "g.md" },
    {
      key: "Actualités",
      parent: "Guide",
      nav: "guide",
      title: "Actualités",
      url: "/fr/guide/actualites/",
      inputPath: "a.md",
    },
  ]);

  it("sits under its section's page: its ancestors, its guide and its depth follow, and no menu lists it", () => {
    const node = navNodeUnder(navigation, "/fr/guide/actualites/", "Titre quotas", "/fr/guide/actualites/quotas/")!;
    assert.deepEqual(
      node.ancestors.map((ancestor) => ancestor.title),
      ["Guide", "Actualités"],
    );
    assert.equal(node.guide?.title, "Guide");
    assert.equal(node.depth, 2);
    assert.ok(!navigation.byUrl.get("/fr/guide/actualites/")!.children.includes(node));
  });

  it("is none when the section's page is itself outside the navigation", () => {
    assert.equal(navNodeUnder(navigation, "/fr/ailleurs/", "T", "/fr/ailleurs/t/"), undefined);
  });
});
