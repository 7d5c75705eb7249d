import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkFeeds } from "../../../lib/checks/rules/feeds.ts";
import { feedOf } from "../../../lib/feeds/feed.ts";
import { jsonFeed } from "../../../lib/feeds/json-feed.ts";
import { SITE, sampleIndex } from "../../support/sample-posts.ts";
import { writeSite } from "../../support/write-site.ts";

const index = sampleIndex();
const feed = feedOf({ section: index.sections[0], homeUrl: "/fr/" }, index, {
  ...SITE,
  root: "https://cartes.gouv.fr/",
});

describe("the feeds of a built site", () => {
  it("say nothing of feeds a reader accepts", () => {
    assert.deepEqual(checkFeeds(readSiteModel(siteWith(jsonFeed(feed)))), []);
  });

  it("place an entry without title on the title line of the post it comes from", () => {
    const untitled = { ...feed, entries: feed.entries.map((entry, n) => (n === 1 ? { ...entry, title: "" } : entry)) };
    const findings = checkFeeds(readSiteModel(siteWith(jsonFeed(untitled)))).map(formatFinding);
    assert.equal(findings.length, 1);
    assert.match(
      findings[0]!,
      /quotas\.md:2 erreur : flux JSON Feed \/fr\/actualites\/feed\.json : entrée https:\/\/cartes\.gouv\.fr\/fr\/actualites\/quotas\/ : sans titre — donnez un titre à la page \(« title » de son en-tête\)$/,
    );
  });

  it("place a problem of the feed itself on the page it is the feed of", () => {
    const findings = checkFeeds(readSiteModel(siteWith("{ pas du JSON"))).map(formatFinding);
    assert.match(findings[0]!, /index\.md:1 erreur : flux JSON Feed \/fr\/actualites\/feed\.json : flux illisible/);
  });
});

function siteWith(feedText: string): string {
  return writeSite([
    {
      url: "/fr/actualites/",
      source: "actualites/index.md",
      markdown: "---\ntitle: Actualités\n---\n",
      html: "<p></p>",
      data: { title: "Actualités", posts: true },
    },
    {
      url: "/fr/actualites/quotas/",
      source: "actualites/quotas.md",
      markdown: '---\ntitle: ""\ndate: 2026-05-02\n---\n',
      html: "<p></p>",
      data: { title: "" },
    },
    {
      url: "/fr/actualites/feed.json",
      source: "feed.njk",
      markdown: "",
      html: feedText,
      data: { feedFormat: "json", layout: false },
    },
  ]);
}
