import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { carryFormerFeeds, formerFeedsOf } from "../../lib/migrate/former-feeds.ts";

const feedPage = (permalink: string, path: string) =>
  `---\npermalink: ${permalink}\npath: ${path}\n---\n{% include "x.njk" %}\n`;

describe("the old feed addresses of an eleventy-dsfr site", () => {
  it("are read from its feed pages, by the section each lists", () => {
    const feeds = formerFeedsOf([
      { file: "content/feed/actualites/ign.njk", text: feedPage("/feed/actualites/ign.xml", "/fr/ign/actualites") },
      {
        file: "content/feed/actualites/ign.json.njk",
        text: feedPage("/feed/actualites/ign.json", "/fr/ign/actualites/"),
      },
      { file: "content/feed/feed.njk", text: "---\npermalink: /feed/feed.xml\n---\n" },
    ]);
    assert.deepEqual([...feeds], [["/fr/ign/actualites", ["/feed/actualites/ign.json", "/feed/actualites/ign.xml"]]]);
  });

  it("replace the section's fluxRssPath with posts.formerFeeds, keeping every other line", () => {
    const { yaml, changes } = carryFormerFeeds(
      "content/fr/ign/actualites.md",
      "title: Actualités\nfluxRssPath: /feed/actualites/ign.json\nlayout: layouts/blog.njk\n",
      new Map([["/fr/ign/actualites", ["/feed/actualites/ign.xml"]]]),
    );
    assert.equal(
      yaml,
      "title: Actualités\nlayout: layouts/blog.njk\nposts:\n    formerFeeds:\n        - /feed/actualites/ign.xml\n        - /feed/actualites/ign.json\n",
    );
    assert.equal(changes.length, 1);
  });

  it("leave a page that is no section alone", () => {
    const yaml = "title: Guide\n";
    assert.deepEqual(carryFormerFeeds("content/fr/guide.md", yaml, new Map()), { yaml, changes: [] });
  });

  it("ask for a hand's edit when the page already has posts, and say which address cannot be kept", () => {
    const { yaml, changes } = carryFormerFeeds(
      "content/fr/ign/actualites/index.md",
      "title: Actualités\nposts: true\nfluxRssPath: /feed/ign.rss\n",
      new Map([["/fr/ign/actualites", ["/feed/actualites/ign.xml"]]]),
    );
    assert.equal(yaml, "title: Actualités\nposts: true\n");
    assert.match(changes[0] ?? "", /ajoutez-y à la main.*\/feed\/actualites\/ign\.xml/);
    assert.match(changes[1] ?? "", /non reprise.*\/feed\/ign\.rss/);
  });
});
