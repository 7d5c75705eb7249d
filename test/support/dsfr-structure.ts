import assert from "node:assert/strict";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import { type HtmlElement, type HtmlNode, select, selectOne, textOf } from "./html.ts";

/**
 * The DSFR 1.15 structure each component must render, asserted from the parameters of the call:
 * `holder` is the element around one rendered call, `tag` the title tag expected where it sits.
 */
export const dsfrStructure: Record<string, (holder: HtmlNode, params: Params, tag: string) => void> = {
  alert(holder, params, tag) {
    const alert = selectOne(holder, `div.fr-alert.fr-alert--${params.type ?? "info"}`);
    assert.equal(hasClass(alert, "fr-alert--sm"), !params.title, "compacte exactement quand elle n’a pas de titre");
    if (params.title) assert.equal(textOf(selectOne(alert, `${tag}.fr-alert__title`)), params.title);
    if (params.description) assert.equal(textOf(selectOne(alert, "p")), plain(params.description));
  },
  callout(holder, params, tag) {
    const callout = selectOne(holder, "div.fr-callout");
    if (params.title) assert.equal(textOf(selectOne(callout, `${tag}.fr-callout__title`)), params.title);
    assert.equal(textOf(selectOne(callout, ".fr-callout__text")), plain(params.description));
    if (params.link) assert.equal(textOf(selectOne(callout, `a.fr-btn[href=${params.link.url}]`)), params.link.title);
  },
  highlight(holder, params) {
    assert.equal(textOf(selectOne(holder, "div.fr-highlight > p")), plain(params.description));
  },
  quote(holder, params) {
    const quote = selectOne(holder, "figure.fr-quote");
    assert.equal(textOf(selectOne(quote, "blockquote > p")), `« ${plain(params.text)} »`);
    if (params.sourceUrl) assert.equal(selectOne(quote, "blockquote").attribs.cite, params.sourceUrl);
    if (params.author) assert.equal(textOf(selectOne(quote, "figcaption > p.fr-quote__author")), params.author);
    if (params.source)
      assert.equal(textOf(selectOne(quote, "figcaption > ul.fr-quote__source > li > cite")), params.source);
  },
  accordionsgroup(holder, params, tag) {
    assertAccordions(
      holder,
      params.items.map((item: Params) => item.title),
      tag,
    );
  },
  swaggerui(holder, params, tag) {
    const api = selectOne(holder, `div.frx-api#${params.targetId ?? params.id}`);
    assert.ok(select(api, params.title_tag ?? tag).length > 0, "les thèmes au niveau de titre de l’appel");
    const operations = select(api, "section.frx-api__operation");
    assert.ok(operations.length > 0);
    for (const operation of operations)
      assert.match(textOf(selectOne(operation, "span.fr-badge")), /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)$/);
    assert.ok(select(api, "div.fr-table table").length > 0);
  },
  tabnav(holder, params) {
    if (params.items[0].url) {
      const links = select(holder, "nav > ul.fr-btns-group > li > a.fr-btn");
      assert.deepEqual(
        links.map((link) => [link.attribs.href, textOf(link)]),
        params.items.map((item: Params) => [item.url, item.title]),
      );
      return;
    }
    const tabs = select(
      holder,
      "div.fr-tabs > ul.fr-tabs__list[role=tablist] > li[role=presentation] > button.fr-tabs__tab[role=tab]",
    );
    assert.deepEqual(
      tabs.map(textOf),
      params.items.map((item: Params) => item.title),
    );
    assert.deepEqual(
      tabs.map((tab) => tab.attribs["aria-selected"]),
      tabs.map((_, index) => String(index === 0)),
    );
    for (const tab of tabs) {
      const panel = selectOne(
        holder,
        `div.fr-tabs > div.fr-tabs__panel[role=tabpanel]#${tab.attribs["aria-controls"]}`,
      );
      assert.equal(panel.attribs["aria-labelledby"], tab.attribs.id);
    }
  },
  table(holder, params) {
    const wrapper = selectOne(holder, "div.fr-table");
    for (const modifier of (params.class ?? "").split(" ").filter(Boolean))
      assert.ok(hasClass(wrapper, modifier), modifier);
    const table = selectOne(
      wrapper,
      "div.fr-table > div.fr-table__wrapper > div.fr-table__container > div.fr-table__content > table",
    );
    if (params.title) assert.equal(textOf(selectOne(table, "caption")), params.title);
    assert.deepEqual(select(table, "thead > tr > th[scope=col]").map(textOf), params.headers);
    assert.deepEqual(
      select(table, "tbody > tr").map((row) => select(row, "td").map(textOf)),
      params.data,
    );
  },
  card(holder, params, tag) {
    assertCard(selectOne(holder, "div.fr-card"), params, tag);
  },
  card_list(holder, params, tag) {
    assertGrid(holder, "div.fr-card", params.items, (card, item) => assertCard(card, item, tag));
  },
  tile(holder, params, tag) {
    assertTile(selectOne(holder, "div.fr-tile"), params, tag);
  },
  tile_list(holder, params, tag) {
    assertGrid(holder, "div.fr-tile", params.items, (tile, item) => assertTile(tile, item, tag));
  },
  download(holder, params, tag) {
    if (params.type === "card") {
      const card = selectOne(holder, "div.fr-card.fr-enlarge-link.fr-card--download");
      assert.equal(
        textOf(selectOne(card, `div.fr-card__content > ${tag}.fr-card__title > a[download][href=${params.href}]`)),
        params.title,
      );
      assert.equal(textOf(selectOne(card, "div.fr-card__end > p.fr-card__detail")), params.detail);
    } else if (params.type === "tile") {
      const tile = selectOne(holder, "div.fr-tile.fr-tile--download.fr-enlarge-link");
      assert.equal(
        textOf(selectOne(tile, `div.fr-tile__content > ${tag}.fr-tile__title > a[download][href=${params.href}]`)),
        params.title,
      );
      assert.equal(textOf(selectOne(tile, "p.fr-tile__detail")), params.detail);
      assertArtwork(
        selectOne(tile, "div.fr-tile__header > div.fr-tile__pictogram"),
        params.pictogram ?? "document/document-download.svg",
      );
    } else {
      const link = selectOne(holder, `a.fr-link.fr-link--download[download][href=${params.href}]`);
      assert.equal(textOf(selectOne(link, "span.fr-link__detail")), params.detail);
    }
  },
  badge(holder, params) {
    const badge = selectOne(holder, "span.fr-badge");
    assert.equal(textOf(badge), params.label);
    assert.equal(hasClass(badge, `fr-badge--${params.type}`), Boolean(params.type));
    assert.equal(hasClass(badge, "fr-badge--sm"), Boolean(params.small));
  },
  taggroup(holder, params) {
    assert.deepEqual(select(holder, "ul.fr-tags-group > li > p.fr-tag").map(textOf), params.tags);
  },
};

/** Accordions with these titles: each a heading holding the button that opens its own collapse. */
export function assertAccordions(holder: HtmlNode, titles: string[], tag: string): void {
  const sections = select(
    holder,
    titles.length > 1 ? "div.fr-accordions-group > section.fr-accordion" : "section.fr-accordion",
  );
  assert.equal(sections.length, titles.length);
  sections.forEach((section, index) => {
    const button = selectOne(section, `${tag}.fr-accordion__title > button.fr-accordion__btn[aria-expanded=false]`);
    assert.equal(textOf(button), titles[index]);
    assert.ok(textOf(selectOne(section, `section > div.fr-collapse#${button.attribs["aria-controls"]}`)));
  });
}

/** A DSFR pictogram drawn in its three layers, from the file the site publishes. */
export function assertArtwork(holder: HtmlNode, pictogram: string): void {
  const uses = select(holder, "svg.fr-artwork[aria-hidden=true] > use");
  assert.deepEqual(
    uses.map((use) => [use.attribs.class, use.attribs.href]),
    ["decorative", "minor", "major"].map((layer) => [
      `fr-artwork-${layer}`,
      `${dsfrUrl(`artwork/pictograms/${pictogram}`)}#artwork-${layer}`,
    ]),
  );
}

/** Items side by side on the DSFR grid, one per column. */
function assertGrid(
  holder: HtmlNode,
  item: string,
  items: Params[],
  assertItem: (element: HtmlElement, params: Params) => void,
): void {
  const elements = select(holder, `div.fr-grid-row.fr-grid-row--gutters > div.fr-col-12 > ${item}`);
  assert.equal(elements.length, items.length);
  for (const [index, element] of elements.entries()) assertItem(element, items[index]!);
}

function assertCard(card: HtmlElement, params: Params, tag: string): void {
  const title = selectOne(card, `div.fr-card__body > div.fr-card__content > ${tag}.fr-card__title`);
  assert.equal(textOf(title), params.title);
  assertLink(card, title, params);
  assert.equal(hasClass(card, "fr-card--horizontal"), Boolean(params.horizontal));
  if (params.description) assert.equal(textOf(selectOne(card, "p.fr-card__desc")), params.description);
  if (params.tags)
    assert.deepEqual(select(card, "div.fr-card__start > ul.fr-tags-group > li > p.fr-tag").map(textOf), params.tags);
  if (params.date)
    assert.equal(selectOne(card, "div.fr-card__start > p.fr-card__detail > time").attribs.datetime, params.date);
  if (params.detailEnd) assert.equal(textOf(selectOne(card, "div.fr-card__end > p.fr-card__detail")), params.detailEnd);
  if (params.badges) assert.deepEqual(select(card, "ul.fr-badges-group > li > p.fr-badge").map(textOf), params.badges);
  if (params.image) {
    const image = selectOne(card, "div.fr-card__header > div.fr-card__img > img.fr-responsive-img");
    assert.deepEqual([image.attribs.src, image.attribs.alt], [params.image.src, params.image.alt]);
    assert.match(`${image.attribs.width}x${image.attribs.height}`, /^\d+x\d+$/);
  }
  if (params.pictogram) assertArtwork(selectOne(card, "div.fr-card__header > div.fr-card__img"), params.pictogram);
}

function assertTile(tile: HtmlElement, params: Params, tag: string): void {
  const title = selectOne(tile, `div.fr-tile__body > div.fr-tile__content > ${tag}.fr-tile__title`);
  assert.equal(textOf(title), params.title);
  assertLink(tile, title, params);
  assert.equal(hasClass(tile, "fr-tile--horizontal"), Boolean(params.horizontal));
  if (params.description) assert.equal(textOf(selectOne(tile, "p.fr-tile__desc")), params.description);
  if (params.pictogram)
    assertArtwork(selectOne(tile, "div.fr-tile__header > div.fr-tile__pictogram"), params.pictogram);
}

/** The title's link: the whole element clickable, another site opened in a new window that says so. */
function assertLink(element: HtmlElement, title: HtmlElement, params: Params): void {
  const href = params.externalUrl ?? params.url;
  if (!href) return;
  const link = selectOne(title, `a[href=${href}]`);
  assert.ok(hasClass(element, "fr-enlarge-link"));
  if (params.externalUrl) {
    assert.deepEqual(
      [link.attribs.target, link.attribs.rel, link.attribs.title],
      ["_blank", "noopener", `${params.title} - ouvre une nouvelle fenêtre`],
    );
  }
}

function hasClass(element: HtmlElement, name: string): boolean {
  return (element.attribs.class ?? "").split(/\s+/).includes(name);
}

/** The text an HTML parameter shows. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Examples' parameters are plain data of every shape; the checks read them loosely.
// biome-ignore lint/suspicious/noExplicitAny: examples' parameters are plain data of every shape, read loosely.
type Params = Record<string, any>;
