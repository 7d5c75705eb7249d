import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { atomFeed } from "../../lib/feeds/atom-feed.ts";
import { feedOf } from "../../lib/feeds/feed.ts";
import { rfc822, rfc3339 } from "../../lib/feeds/feed-dates.ts";
import { jsonFeed } from "../../lib/feeds/json-feed.ts";
import { rssFeed } from "../../lib/feeds/rss-feed.ts";
import { validateFeed } from "../../lib/feeds/validate-feed.ts";
import { childrenNamed, parseXml } from "../../lib/feeds/xml-tree.ts";
import { post, SITE, sampleIndex } from "../support/sample-posts.ts";

const index = sampleIndex([
  post("piege", "2026-04-01", ["R&D <2026>"], "<p>a\u0001b</p>", { title: "« Guillemets » & <balises>" }),
]);
const feed = feedOf({ section: index.sections[0], homeUrl: "/fr/" }, index, SITE);

describe("the feed writers", () => {
  it("write an Atom feed that a strict XML parser reads, with its self link, id, dates and escaped HTML", () => {
    const root = parseXml(atomFeed(feed));
    assert.equal(root.name, "feed");
    assert.equal(root.namespace, "http://www.w3.org/2005/Atom");
    assert.equal(childrenNamed(root, "updated")[0]!.text, "2026-06-10T00:00:00Z");
    const entries = childrenNamed(root, "entry");
    assert.equal(entries.length, 3);
    const [first] = entries;
    assert.match(
      childrenNamed(first!, "content")[0]!.text,
      /^<p>Voir <a href="https:\/\/cartes\.gouv\.fr\/aide\/fr\/guide\/">/,
    );
    assert.equal(childrenNamed(entries[2]!, "title")[0]!.text, "« Guillemets » & <balises>");
    assert.deepEqual(validateFeed("atom", atomFeed(feed)), []);
  });

  it("write an RSS 2.0 feed with RFC 822 dates, permalinks as guids and the tags as categories", () => {
    const text = rssFeed(feed);
    const channel = childrenNamed(parseXml(text), "channel")[0]!;
    const item = childrenNamed(channel, "item")[0]!;
    assert.equal(childrenNamed(item, "pubDate")[0]!.text, "Wed, 10 Jun 2026 00:00:00 GMT");
    assert.equal(childrenNamed(item, "guid")[0]!.attributes.isPermaLink, "true");
    assert.deepEqual(
      childrenNamed(item, "category").map((category) => category.text),
      ["API"],
    );
    assert.deepEqual(validateFeed("rss", text), []);
  });

  it("write a JSON Feed 1.1 with its items' HTML, summary and date", () => {
    const data = JSON.parse(jsonFeed(feed));
    assert.equal(data.version, "https://jsonfeed.org/version/1.1");
    assert.equal(data.feed_url, "https://cartes.gouv.fr/aide/fr/actualites/feed.json");
    assert.deepEqual(
      [data.items[1].id, data.items[1].summary, data.items[1].date_published],
      ["https://cartes.gouv.fr/aide/fr/actualites/quotas/", "Un quota par jeton.", "2026-05-02T00:00:00Z"],
    );
    assert.deepEqual(validateFeed("json", jsonFeed(feed)), []);
  });

  it("leave out the characters XML forbids, which a reader would refuse the whole feed for", () => {
    assert.match(atomFeed(feed), /&lt;p&gt;ab&lt;\/p&gt;/);
    assert.match(rssFeed(feed), /<category>R&amp;D &lt;2026&gt;<\/category>/);
  });

  it("write dates as RFC 3339 and RFC 822 ask", () => {
    const date = new Date(Date.UTC(2026, 7, 12, 9, 5, 0, 123));
    assert.equal(rfc3339(date), "2026-08-12T09:05:00Z");
    assert.equal(rfc822(date), "Wed, 12 Aug 2026 09:05:00 GMT");
  });
});
