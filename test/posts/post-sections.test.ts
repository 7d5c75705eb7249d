import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildPostSections, type PostSource } from "../../lib/posts/post-sections.ts";

const listing = (perPage?: number): PostSource => ({
  url: "/fr/actualites/",
  inputPath: "content/fr/actualites/index.md",
  data: { title: "Actualités de l’aide", posts: perPage ? { label: "Actualités", perPage } : true },
});
const post = (
  slug: string,
  date: unknown,
  tags: string[] = [],
  extra: Partial<PostSource["data"]> = {},
): PostSource => ({
  url: `/fr/actualites/${slug}/`,
  inputPath: `content/fr/actualites/${slug}.md`,
  data: { title: slug, date, tags, ...extra },
});

describe("the sections of posts", () => {
  it("list the pages of their posts folder newest first, and leave other pages out", () => {
    const index = buildPostSections([
      post("b", new Date("2026-03-01")),
      listing(),
      post("a", new Date("2026-05-01")),
      { url: "/fr/guide/", inputPath: "content/fr/guide/index.md", data: { title: "Guide" } },
    ]);
    assert.deepEqual(
      index.sections.map((section) => [section.url, section.posts.map((p) => p.url)]),
      [["/fr/actualites/", ["/fr/actualites/a/", "/fr/actualites/b/"]]],
    );
    assert.equal(index.postsByUrl.has("/fr/guide/"), false);
  });

  it("tie each post to the ones published just after and before it", () => {
    const index = buildPostSections([
      listing(),
      post("a", "2026-01-01"),
      post("b", "2026-02-01"),
      post("c", "2026-03-01"),
    ]);
    const b = index.postsByUrl.get("/fr/actualites/b/")!;
    assert.equal(b.newer?.url, "/fr/actualites/c/");
    assert.equal(b.older?.url, "/fr/actualites/a/");
    assert.equal(index.postsByUrl.get("/fr/actualites/c/")!.newer, undefined);
  });

  it("put a post without a readable date last rather than fail", () => {
    const index = buildPostSections([listing(), post("sans-date", undefined), post("datee", "2026-01-01")]);
    assert.deepEqual(
      index.posts.map((p) => p.url),
      ["/fr/actualites/datee/", "/fr/actualites/sans-date/"],
    );
  });

  it("name their posts by the label of the listing, or by its title", () => {
    assert.equal(buildPostSections([listing(3)]).sections[0]!.label, "Actualités");
    assert.equal(buildPostSections([listing()]).sections[0]!.label, "Actualités de l’aide");
  });

  it("count each tag once per post, as one tag whatever its capitals, spelt as most posts spell it", () => {
    const index = buildPostSections([
      listing(),
      post("a", "2026-01-01", ["API", "Mises à jour"]),
      post("b", "2026-01-02", ["api", "API"]),
      post("c", "2026-01-03", ["API"]),
      post("d", "2026-01-04", []),
    ]);
    assert.deepEqual(index.sections[0]!.tags, [
      { slug: "api", name: "API", count: 3 },
      { slug: "mises-a-jour", name: "Mises à jour", count: 1 },
    ]);
  });

  it("offer no filter on a tag every post carries, which would filter nothing", () => {
    const index = buildPostSections([
      listing(),
      post("a", "2026-01-01", ["Changements", "API"]),
      post("b", "2026-01-02", ["Changements"]),
    ]);
    assert.deepEqual(
      index.sections[0]!.tags.map((tag) => tag.name),
      ["API"],
    );
  });
});

describe("the pages of a listing", () => {
  const sixPosts = [
    listing(2),
    ...["a", "b", "c", "d", "e"].map((slug, n) => post(slug, `2026-01-0${n + 1}`, n < 3 ? ["API"] : [])),
  ];

  it("are its section's page, then /page/2/… with the posts shared out, and no page without posts", () => {
    const pages = buildPostSections(sixPosts).sections[0]!.pages.filter((page) => !page.tag);
    assert.deepEqual(
      pages.map((page) => [page.url, page.posts.map((p) => p.title)]),
      [
        ["/fr/actualites/", ["e", "d"]],
        ["/fr/actualites/page/2/", ["c", "b"]],
        ["/fr/actualites/page/3/", ["a"]],
      ],
    );
    assert.deepEqual(pages[1]!.pageUrls, ["/fr/actualites/", "/fr/actualites/page/2/", "/fr/actualites/page/3/"]);
  });

  it("are paginated per tag too, under etiquettes/<tag>/", () => {
    const pages = buildPostSections(sixPosts).sections[0]!.pages.filter((page) => page.tag);
    assert.deepEqual(
      pages.map((page) => [page.url, page.posts.length, page.total]),
      [
        ["/fr/actualites/etiquettes/api/", 2, 3],
        ["/fr/actualites/etiquettes/api/page/2/", 1, 3],
      ],
    );
  });

  it("have titles of their own, for the browser tab and the breadcrumb", () => {
    const pages = buildPostSections(sixPosts).sections[0]!.pages;
    assert.deepEqual(
      pages.map((page) => [page.title, page.crumb]),
      [
        ["Actualités de l’aide", "Page 1"],
        ["Actualités de l’aide, page 2 sur 3", "Page 2"],
        ["Actualités de l’aide, page 3 sur 3", "Page 3"],
        ["Actualités de l’aide, étiquette « API »", "« API »"],
        ["Actualités de l’aide, étiquette « API », page 2 sur 2", "« API », page 2"],
      ],
    );
  });

  it("is a single page for a section without posts, which says so", () => {
    const pages = buildPostSections([listing()]).sections[0]!.pages;
    assert.deepEqual(
      pages.map((page) => [page.url, page.posts.length, page.total]),
      [["/fr/actualites/", 0, 0]],
    );
  });
});
