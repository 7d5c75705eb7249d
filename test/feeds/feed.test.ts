import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FEED_SIZE, feedOf } from "../../lib/feeds/feed.ts";
import { post, SITE, sampleIndex } from "../support/sample-posts.ts";

describe("what a feed says", () => {
  it("is a section's published posts, newest first, with absolute URLs under the path prefix", () => {
    const index = sampleIndex();
    const feed = feedOf({ section: index.sections[0], homeUrl: "/fr/" }, index, SITE);
    assert.equal(feed.title, "Actualités – Aide cartes.gouv.fr");
    assert.equal(feed.homeUrl, "https://cartes.gouv.fr/aide/fr/actualites/");
    assert.equal(feed.urls.atom, "https://cartes.gouv.fr/aide/fr/actualites/atom.xml");
    assert.deepEqual(
      feed.entries.map((entry) => entry.id),
      ["https://cartes.gouv.fr/aide/fr/actualites/nouvelle-api/", "https://cartes.gouv.fr/aide/fr/actualites/quotas/"],
    );
    assert.match(feed.entries[0]!.contentHtml, /href="https:\/\/cartes\.gouv\.fr\/aide\/fr\/guide\/"/);
  });

  it("is dated from its newest post, so that building again without a new post changes nothing", () => {
    const index = sampleIndex();
    assert.equal(feedOf({ homeUrl: "/fr/" }, index, SITE).updated.toISOString(), "2026-06-10T00:00:00.000Z");
  });

  it("gives the whole site's posts in the site's feed, each titled with its section", () => {
    const index = sampleIndex();
    const feed = feedOf({ homeUrl: "/fr/" }, index, SITE);
    assert.equal(feed.urls.json, "https://cartes.gouv.fr/aide/fr/feed.json");
    assert.equal(feed.entries[1]!.title, "Actualités : Titre quotas");
    assert.equal(feed.entries[1]!.summary, "Un quota par jeton.");
  });

  it("keeps the latest posts only", () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, n) =>
      post(`p${n}`, `2025-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`, [], ""),
    );
    const index = sampleIndex(many);
    assert.equal(feedOf({ section: index.sections[0], homeUrl: "/fr/" }, index, SITE).entries.length, FEED_SIZE);
  });
});
