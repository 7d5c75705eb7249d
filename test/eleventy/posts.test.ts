import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { FEED_FORMATS, type FeedFormat } from "../../lib/feeds/feed.ts";
import { validateFeed } from "../../lib/feeds/validate-feed.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";

const CHANGES = "/fr/guide-utilisateur/changements/";
const ORIGIN = "https://aide.exemple.gouv.fr";

/**
 * The posts fixture is built the way cartes.gouv.fr writes its change log (a listing page beside
 * its posts folder, posts in the side menu through `eleventyNavigation`, the folder's tag given by
 * its data file) and the way this project's pages write news (`actualites/index.md`, posts with a
 * date and nothing else), under the path prefix `/aide/` and a site URL of its own.
 */
describe("posts, their listings and their feeds", () => {
  let site: BuiltSite;
  const page = (url: string) => parseHtml(site.html(url));
  const cards = (url: string) => select(page(url), ".frx-post-list .fr-card__title a").map(textOf);
  const feed = (file: string) => readFileSync(path.join(site.outputDir, file), "utf8");

  before(async () => {
    process.env.SITE_URL = ORIGIN;
    site = await buildFixture("posts", { pathPrefix: "/aide/" });
  });
  after(() => {
    delete process.env.SITE_URL;
  });

  it("build with no finding", () => {
    assert.deepEqual(site.findings, []);
  });

  it("list the posts of the section's folder on its page, newest first, two by two as its front matter asks", () => {
    assert.deepEqual(cards(CHANGES), ["Une nouvelle version de l’API", "Des quotas par jeton"]);
    assert.deepEqual(cards(`${CHANGES}page/2/`), ["Correctifs d’avril", "Fin de l’ancienne API"]);
    assert.deepEqual(cards(`${CHANGES}page/3/`), ["Première livraison"]);
    assert.equal(existsSync(path.join(site.outputDir, CHANGES, "page/4")), false);
    assert.match(textOf(selectOne(page(CHANGES), ".frx-post-listing")), /5 publications, page 1 sur 3/);
  });

  it("show each post's date, tags and description on its card", () => {
    const card = selectOne(page(CHANGES), "#publication-2");
    assert.equal(textOf(selectOne(card, "time")), "2 mai 2026");
    assert.equal(selectOne(card, "time").attribs.datetime, "2026-05-02");
    assert.deepEqual(select(card, ".fr-tag").map(textOf), ["Changements et évolutions", "API", "Mises à jour"]);
    assert.equal(textOf(selectOne(card, ".fr-card__desc")), "Chaque jeton a désormais son propre quota.");
  });

  it("paginate with the DSFR pagination, the current page marked, plain links to the others", () => {
    const links = select(page(`${CHANGES}page/2/`), "nav.fr-pagination a.fr-pagination__link");
    assert.deepEqual(
      links.map((link) => [
        textOf(link),
        link.attribs.href ?? link.attribs["aria-current"] ?? link.attribs["aria-disabled"],
      ]),
      [
        ["Première page", `/aide${CHANGES}`],
        ["Page précédente", `/aide${CHANGES}`],
        ["1", `/aide${CHANGES}`],
        ["2", "page"],
        ["3", `/aide${CHANGES}page/3/`],
        ["Page suivante", `/aide${CHANGES}page/3/`],
        ["Dernière page", `/aide${CHANGES}page/3/`],
      ],
    );
  });

  it("filter by tag with a static page per tag, each tag with its count, the tag every post has left out", () => {
    const filter = select(page(CHANGES), ".frx-post-listing nav .fr-tag");
    assert.deepEqual(
      filter.map((tag) => [textOf(tag), tag.attribs.href, tag.attribs["aria-current"]]),
      [
        ["Toutes (5)", `/aide${CHANGES}`, "true"],
        ["API (3)", `/aide${CHANGES}etiquettes/api/`, undefined],
        ["Mises à jour (2)", `/aide${CHANGES}etiquettes/mises-a-jour/`, undefined],
      ],
    );
    const api = page(`${CHANGES}etiquettes/api/`);
    assert.equal(textOf(selectOne(api, "h1")), "Changements et évolutions du service, étiquette « API »");
    assert.deepEqual(cards(`${CHANGES}etiquettes/api/`), ["Une nouvelle version de l’API", "Des quotas par jeton"]);
    assert.deepEqual(cards(`${CHANGES}etiquettes/api/page/2/`), ["Fin de l’ancienne API"]);
    assert.equal(
      selectOne(api, '.frx-post-listing nav a.fr-tag[aria-current="true"]').attribs.href,
      `/aide${CHANGES}etiquettes/api/`,
    );
  });

  it("put the listing's other pages under it in the breadcrumb and the side menu, and out of the search", () => {
    const second = page(`${CHANGES}etiquettes/api/page/2/`);
    assert.deepEqual(select(second, ".fr-breadcrumb__link").map(textOf), [
      "Accueil",
      "Guide utilisateur",
      "Changements et évolutions",
      "« API », page 2",
    ]);
    assert.equal(select(second, "[data-pagefind-body]").length, 0);
    assert.match(textOf(selectOne(second, ".fr-sidemenu")), /Changements et évolutions/);
  });

  it("announce the section's feeds in the head of its listing pages, and offer to subscribe", () => {
    for (const url of [CHANGES, `${CHANGES}page/2/`, `${CHANGES}etiquettes/api/`]) {
      const links = select(page(url), 'link[rel="alternate"]');
      assert.deepEqual(
        links.map((link) => [link.attribs.type, link.attribs.href]),
        [
          ["application/atom+xml", `/aide${CHANGES}atom.xml`],
          ["application/rss+xml", `/aide${CHANGES}rss.xml`],
          ["application/feed+json", `/aide${CHANGES}feed.json`],
        ],
      );
    }
    const subscribe = selectOne(page(CHANGES), "a.fr-icon-rss-line");
    assert.equal(subscribe.attribs.href, `/aide${CHANGES}rss.xml`);
    assert.match(
      textOf(subscribe),
      /^S’abonner aux publications de « Changements et évolutions du service », flux RSS$/,
    );
  });

  it("give a listing its posts instead of the tiles of its children", () => {
    assert.equal(select(page(CHANGES), "#dans-cette-rubrique").length, 0);
  });

  it("date each post in French, and link it to the posts published just after and before it", () => {
    const post = page(`${CHANGES}quotas/`);
    assert.match(
      textOf(selectOne(post, ".frx-page-status")),
      /^Publié le 2 mai 2026 dans Changements et évolutions du service$/,
    );
    assert.deepEqual(
      select(post, "nav.fr-pagination a").map((link) => [textOf(link), link.attribs.rel]),
      [
        ["Plus récente : Une nouvelle version de l’API", "prev"],
        ["Plus ancienne : Correctifs d’avril", "next"],
      ],
    );
  });

  it("keep the posts that have eleventyNavigation in the side menu, under their listing", () => {
    const menu = select(page(`${CHANGES}quotas/`), ".fr-sidemenu__link").map(textOf);
    assert.deepEqual(menu.slice(0, 6), [
      "Changements et évolutions",
      "Une nouvelle version de l’API",
      "Des quotas par jeton",
      "Correctifs d’avril",
      "Fin de l’ancienne API",
      "Première livraison",
    ]);
  });

  it("place a post without eleventyNavigation under its listing in the breadcrumb", () => {
    assert.deepEqual(select(page("/fr/actualites/ouverture/"), ".fr-breadcrumb__link").map(textOf), [
      "Accueil",
      "Actualités",
      "Le site d’essai ouvre",
    ]);
  });

  it("file each post under its section for the search", () => {
    const filters = select(page(`${CHANGES}quotas/`), "[data-pagefind-filter]").map(
      (element) => element.attribs["data-pagefind-filter"],
    );
    assert.ok(filters.includes("rubrique:Changements et évolutions"), filters.join());
  });

  it("say so on the page of a section without posts", () => {
    assert.match(textOf(selectOne(page("/fr/a-venir/"), ".frx-post-listing")), /Aucune publication pour le moment\./);
  });

  it("write valid Atom, RSS and JSON feeds for each section and the site, with absolute URLs under the prefix", () => {
    for (const folder of ["fr/", `${CHANGES.slice(1)}`, "fr/actualites/", "fr/a-venir/"])
      for (const [format, { file }] of Object.entries(FEED_FORMATS))
        assert.deepEqual(validateFeed(format as FeedFormat, feed(`${folder}${file}`)), [], `${folder}${file}`);
    const json = JSON.parse(feed(`${CHANGES.slice(1)}feed.json`));
    assert.equal(json.feed_url, `${ORIGIN}/aide${CHANGES}feed.json`);
    assert.match(json.items[2].content_html, new RegExp(`href="${ORIGIN}/aide${CHANGES}nouvelle-api/"`));
    assert.match(json.items[3].content_html, new RegExp(`src="${ORIGIN}/aide/img/calendrier.png"`));
    assert.deepEqual(
      JSON.parse(feed("fr/feed.json")).items.map((item: { title: string }) => item.title),
      [
        "Changements et évolutions : Une nouvelle version de l’API",
        "Changements et évolutions : Des quotas par jeton",
        "Changements et évolutions : Correctifs d’avril",
        "Actualités : Le site d’essai ouvre",
        "Changements et évolutions : Fin de l’ancienne API",
        "Changements et évolutions : Première livraison",
      ],
    );
  });

  it("publish a section's feed at the addresses it had before too, naming its new address as its own", () => {
    assert.equal(feed("feed/actualites/changements.xml"), feed(`${CHANGES.slice(1)}atom.xml`));
    assert.equal(feed("feed/actualites/changements.json"), feed(`${CHANGES.slice(1)}feed.json`));
    assert.match(
      feed("feed/actualites/changements.xml"),
      new RegExp(`href="${ORIGIN}/aide${CHANGES}atom.xml" rel="self"`),
    );
  });

  it("leave the generated pages and the feeds out of the site map", () => {
    const sitemap = feed("sitemap.xml");
    assert.ok(
      !sitemap.includes("/page/2/") && !sitemap.includes("etiquettes/api/") && !sitemap.includes(".xml<"),
      sitemap,
    );
    assert.ok(sitemap.includes(`${CHANGES}quotas/`));
  });

  it("publish nothing of a draft: no page, card, menu entry, feed entry, site map line or tag page entry", () => {
    assert.equal(existsSync(path.join(site.outputDir, CHANGES, "brouillon")), false);
    const everything = [
      site.html(CHANGES),
      site.html(`${CHANGES}quotas/`),
      site.html("/fr/etiquettes/api/"),
      site.html("/fr/"),
      feed("sitemap.xml"),
      ...Object.values(FEED_FORMATS).flatMap(({ file }) => [feed(`fr/${file}`), feed(`${CHANGES.slice(1)}${file}`)]),
    ].join("\n");
    assert.ok(!everything.includes("brouillon") && !everything.includes("Une livraison à venir"));
  });
});
