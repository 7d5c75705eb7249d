import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { atomFeed } from "../../lib/feeds/atom-feed.ts";
import { feedOf } from "../../lib/feeds/feed.ts";
import { jsonFeed } from "../../lib/feeds/json-feed.ts";
import { rssFeed } from "../../lib/feeds/rss-feed.ts";
import { validateFeed } from "../../lib/feeds/validate-feed.ts";
import { SITE, sampleIndex } from "../support/sample-posts.ts";

const index = sampleIndex();
const feed = feedOf({ section: index.sections[0], homeUrl: "/fr/" }, index, SITE);
const atom = atomFeed(feed);
const rss = rssFeed(feed);
const json = JSON.parse(jsonFeed(feed));
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe("the validation of a feed", () => {
  it("finds nothing to say of the feeds the build writes", () => {
    assert.deepEqual(validateFeed("atom", atom), []);
    assert.deepEqual(validateFeed("rss", rss), []);
    assert.deepEqual(validateFeed("json", jsonFeed(feed)), []);
  });

  it("refuses a document a reader cannot parse: a badly closed element, an unknown entity", () => {
    assert.match(
      messages(validateFeed("atom", atom.replace("</title>", "</titre>")))[0]!,
      /^flux illisible : XML illisible ligne 3/,
    );
    assert.match(messages(validateFeed("rss", rss.replace("&amp;", "&nbsp;")))[0] ?? "", /flux illisible/);
    assert.match(messages(validateFeed("json", "{"))[0]!, /flux illisible/);
  });

  it("names an Atom entry without title, id or updated date by its link", () => {
    const broken = atom
      .replace(/<title>Titre quotas<\/title>/, "<title> </title>")
      .replace(/<id>https:\/\/cartes\.gouv\.fr\/aide\/fr\/actualites\/quotas\/<\/id>/, "");
    assert.deepEqual(validateFeed("atom", broken), [
      {
        message: "entrée https://cartes.gouv.fr/aide/fr/actualites/quotas/ : 0 élément(s) <id>, il en faut un",
        entry: "https://cartes.gouv.fr/aide/fr/actualites/quotas/",
      },
      {
        message: "entrée https://cartes.gouv.fr/aide/fr/actualites/quotas/ : sans titre",
        entry: "https://cartes.gouv.fr/aide/fr/actualites/quotas/",
      },
    ]);
  });

  it("refuses dates that are not RFC 3339 in Atom and JSON Feed, nor RFC 822 with the right weekday in RSS", () => {
    assert.match(
      messages(
        validateFeed("atom", atom.replace("<updated>2026-06-10T00:00:00Z</updated>", "<updated>10/06/2026</updated>")),
      )[0]!,
      /flux : <updated> "10\/06\/2026" n’est pas une date RFC 3339/,
    );
    assert.match(
      messages(validateFeed("rss", rss.replace("Wed, 10 Jun 2026", "Thu, 10 Jun 2026")))[0]!,
      /le jour de la semaine ne correspond pas à la date/,
    );
    assert.match(
      messages(validateFeed("rss", rss.replace("Wed, 10 Jun 2026 00:00:00 GMT", "2026-06-10")))[0]!,
      /n’est pas une date RFC 822/,
    );
    const dated = { ...json, items: [{ ...json.items[0], date_published: "2026-06-10" }] };
    assert.match(
      messages(validateFeed("json", JSON.stringify(dated)))[0]!,
      /"date_published" "2026-06-10" n’est pas une date RFC 3339/,
    );
  });

  it("refuses two entries with the same id, and links that are not full addresses", () => {
    const twice = { ...json, items: [json.items[0], json.items[0]] };
    assert.match(messages(validateFeed("json", JSON.stringify(twice)))[0]!, /déjà donné à une autre entrée/);
    assert.match(
      messages(
        validateFeed(
          "rss",
          rss.replace(
            "<link>https://cartes.gouv.fr/aide/fr/actualites/quotas/</link>",
            "<link>/fr/actualites/quotas/</link>",
          ),
        ),
      ).join(),
      /lien "\/fr\/actualites\/quotas\/" qui n’est pas une adresse complète/,
    );
  });

  it("requires the elements each format requires: the self link, RSS's channel description, JSON Feed's version", () => {
    assert.deepEqual(messages(validateFeed("atom", atom.replace(/<link [^>]*rel="self"[^>]*\/>/, ""))), [
      'flux : pas de <link rel="self"> vers le flux lui-même',
    ]);
    assert.deepEqual(messages(validateFeed("rss", rss.replace(/<description>Les nouveautés\.<\/description>/, ""))), [
      "flux : il faut un élément <description>",
    ]);
    assert.deepEqual(messages(validateFeed("json", JSON.stringify({ ...json, version: "1" }))), [
      'flux : "version" doit valoir "https://jsonfeed.org/version/1.1"',
    ]);
  });

  it("says that an entry has no title in each format", () => {
    const untitled = { ...json, items: [{ ...json.items[0], title: "" }] };
    assert.deepEqual(messages(validateFeed("json", JSON.stringify(untitled))), [
      "entrée https://cartes.gouv.fr/aide/fr/actualites/nouvelle-api/ : sans titre",
    ]);
    assert.deepEqual(messages(validateFeed("rss", rss.replace("<title>Titre quotas</title>", ""))), [
      "entrée https://cartes.gouv.fr/aide/fr/actualites/quotas/ : sans titre",
    ]);
  });
});
