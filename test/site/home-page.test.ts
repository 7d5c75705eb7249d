import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { BuiltSite } from "../support/build-fixture.ts";
import { assertAccordions } from "../support/dsfr-structure.ts";
import { type HtmlNode, parseHtml, select, selectOne, textOf } from "../support/html.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("the home page of the help site", () => {
  let site: BuiltSite;
  let home: HtmlNode;
  before(async () => {
    site = await sharedSite();
    home = parseHtml(site.html("/fr/"));
  });

  it("offers a search bar of its own, sent to the search page", () => {
    const form = selectOne(home, "main form.fr-search-bar");
    assert.equal(form.attribs.action, "/fr/recherche/");
    assert.equal(selectOne(form, "input").attribs.name, "q");
  });

  it("shows as popular topics the pages whose front matter says popularTopic: true", () => {
    const marked = ["connexion-inscription", "images", "liens", "composants/index"].map(
      (name) =>
        readFileSync(
          path.join(
            "content/fr",
            name === "connexion-inscription" ? "guides-producteur/presentation" : "rediger",
            `${name}.md`,
          ),
          "utf8",
        ).match(/^title: (.*)$/m)![1],
    );
    const section = selectOne(home, 'section[aria-labelledby="sujets-populaires"]');
    assert.deepEqual(select(section, ".fr-tile__title a").map(textOf).sort(), [...marked].sort());
  });

  it("shows the three latest posts, newest first, with the link to subscribe to the site's feed", () => {
    const section = selectOne(home, 'section[aria-labelledby="dernieres-publications"]');
    const dates = select(section, ".fr-card time").map((time) => time.attribs.datetime ?? "");
    assert.equal(dates.length, 3);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(selectOne(section, "a.fr-icon-rss-line").attribs.href, "/fr/rss.xml");
    assert.deepEqual(
      select(home, 'link[rel="alternate"]').map((link) => link.attribs.href),
      ["/fr/atom.xml", "/fr/rss.xml", "/fr/feed.json"],
    );
  });

  it("answers the frequent questions in DSFR accordions written in its Markdown", () => {
    const markdown = readFileSync("content/fr/index.md", "utf8");
    const questions = [...markdown.matchAll(/^\?\?\? (?!accordionsgroup)(.+)$/gm)].map((match) => match[1]!);
    assert.ok(questions.length >= 3);
    assertAccordions(home, questions, "h3");
  });
});
