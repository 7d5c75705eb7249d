import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import nunjucks from "nunjucks";
import { type SummaryItem, summaryOf } from "../../lib/navigation/summary.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";

const html = `
<h2 id="ouvrir">1 - Ouvrir <em>le</em> site</h2><p>…</p>
<h3 id="navigateur">Navigateur</h3>
<h2 id="connexion">2 - Se connecter</h2>
<h3 id="double">Double authentification</h3>
<h4 id="code">Code à usage unique</h4>
<h5 id="sms">Par <abbr>SMS</abbr></h5>
<h6 id="detail">Détail</h6>
<h2 id="rubrique" data-summary-ignore>Dans cette rubrique</h2>
<h3 class="fr-alert__title" id="attention">Attention</h3>
<h3 class="fr-accordion__title" id="accordeon"><button>Question</button></h3>
<h2>Sans identifiant</h2>
<h2 id="api" tabindex="-1">API <a class="header-anchor" href="#api">#</a></h2>`;

const ids = (items: SummaryItem[]): unknown[] =>
  items.map((item) => (item.children.length ? [item.id, ids(item.children)] : item.id));

describe("on-page summary", () => {
  it("lists the page's h2 headings that have an id, as plain text", () => {
    assert.deepEqual(
      summaryOf(html).map(({ id, text }) => [id, text]),
      [
        ["ouvrir", "1 - Ouvrir le site"],
        ["connexion", "2 - Se connecter"],
        ["api", "API"],
      ],
    );
  });

  it("goes one heading level deeper with each depth, as eleventy-dsfr counts it: h2 to h5 at most", () => {
    assert.deepEqual(ids(summaryOf(html, 1)), ["ouvrir", "connexion", "api"]);
    assert.deepEqual(ids(summaryOf(html, 2)), [["ouvrir", ["navigateur"]], ["connexion", ["double"]], "api"]);
    assert.deepEqual(ids(summaryOf(html, 3)), [
      ["ouvrir", ["navigateur"]],
      ["connexion", [["double", ["code"]]]],
      "api",
    ]);
    assert.deepEqual(ids(summaryOf(html, 6)), [
      ["ouvrir", ["navigateur"]],
      ["connexion", [["double", [["code", ["sms"]]]]]],
      "api",
    ]);
  });

  it("nests a heading that skips a level under the heading above it", () => {
    assert.deepEqual(ids(summaryOf('<h2 id="a">A</h2><h4 id="b">B</h4><h3 id="c">C</h3>', 3)), [["a", ["b", "c"]]]);
  });

  it("skips headings marked data-summary-ignore and the titles of alerts, tiles and accordions", () => {
    const listed = JSON.stringify(summaryOf(html, 4));
    for (const id of ["rubrique", "attention", "accordeon", "detail"])
      assert.doesNotMatch(listed, new RegExp(`"${id}"`));
  });
});

describe("the summary front matter field", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("summary");
  });
  const summaryLinks = (url: string) =>
    [...site.html(url).matchAll(/class="fr-summary__link" href="#([^"]+)"/g)].map((match) => match[1]);

  it("shows the summary from two h2 headings on, by default", () => {
    assert.deepEqual(summaryLinks("/deux-intertitres/"), ["premier", "second"]);
    assert.deepEqual(summaryLinks("/un-intertitre/"), []);
  });

  it("shows it from one heading with visible: true, and never with visible: false", () => {
    assert.deepEqual(summaryLinks("/visible/"), ["seul"]);
    assert.deepEqual(summaryLinks("/cache/"), []);
  });

  it("lists the h3 headings under their h2 with depth: 2", () => {
    assert.deepEqual(summaryLinks("/profondeur/"), ["premier", "detail", "second"]);
    assert.match(
      site.html("/profondeur/"),
      /href="#premier">Premier<\/a>\s*<ol>\s*<li>\s*<a class="fr-summary__link" href="#detail">/,
    );
  });
});

describe("the summary of a layout", () => {
  const templates = new nunjucks.Environment(new nunjucks.FileSystemLoader("_includes")).addFilter(
    "summaryOf",
    (html: string, depth?: number) => summaryOf(html, depth),
  );
  const links = (context: Record<string, unknown>) =>
    [
      ...templates
        .render("partials/summary.njk", { content: '<h2 id="a">A</h2><h3 id="b">B</h3><h2 id="c">C</h2>', ...context })
        .matchAll(/href="#(\w)"/g),
    ].map((match) => match[1]);

  it("lists the depth its layout sets by default (summaryDefaultDepth), the page's own depth first", () => {
    assert.deepEqual(links({}), ["a", "c"]);
    assert.deepEqual(links({ summaryDefaultDepth: 2 }), ["a", "b", "c"]);
    assert.deepEqual(links({ summaryDefaultDepth: 2, summary: { depth: 1 } }), ["a", "c"]);
  });
});
