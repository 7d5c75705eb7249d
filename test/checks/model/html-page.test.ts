import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHtmlPage } from "../../../lib/checks/model/html-page.ts";
import { SiteReading } from "../../../lib/checks/model/site-reading.ts";

describe("reading a built page in one pass", () => {
  it("collects the ids, and the names of old-style anchors", () => {
    const page = parseHtmlPage(
      '<h2 id="etape-1">Étape</h2><div id=bloc></div><a name="ancienne"></a><p name="pas-une-ancre"></p>',
    );
    assert.deepEqual([...page.ids], ["etape-1", "bloc", "ancienne"]);
  });

  it("finds the URLs of links, images, srcset candidates, drawings, scripts, forms, redirects and inline styles", () => {
    const page = parseHtmlPage(
      [
        '<meta http-equiv="refresh" content="0; url=/fr/">',
        '<link rel="stylesheet" href="/css/site.css">',
        '<a href="/fr/a/?x=1&amp;y=2#b">A</a>',
        '<img src="/img/a.png" srcset="/img/a-2x.png 2x, /img/a-3x.png 3x" alt="A">',
        '<svg><use xlink:href="/p.svg#major"></use></svg>',
        '<form action="/fr/recherche/"></form>',
        "<div style=\"background: url('/img/fond.png')\"></div>",
        "<style>.x { background: url(/img/style.png) }</style>",
        '<script src="/js/a.js"></script>',
      ].join("\n"),
    );
    assert.deepEqual(
      page.references.map(({ element, attribute, value }) => `${element} ${attribute} ${value}`),
      [
        "meta content /fr/",
        "link href /css/site.css",
        "a href /fr/a/?x=1&y=2#b",
        "img src /img/a.png",
        "img srcset /img/a-2x.png",
        "img srcset /img/a-3x.png",
        "use xlink:href /p.svg#major",
        "form action /fr/recherche/",
        "div style /img/fond.png",
        "style url() /img/style.png",
        "script src /js/a.js",
      ],
    );
  });

  it("reads a tag whose quoted attribute holds a >, and skips comments and script bodies", () => {
    const page = parseHtmlPage(
      '<!-- <a href="/commentaire/"> --><a title="a > b" href="/vrai/">x</a><script>document.write(\'<a href="/script/">\')</script>',
    );
    assert.deepEqual(
      page.references.map((reference) => reference.value),
      ["/vrai/"],
    );
  });

  it("describes each image: alt text (absent or empty), size, decorative mark and whether a figure holds it", () => {
    const page = parseHtmlPage(
      '<img src="/a.png"><img src="/b.png" alt="" data-decorative width="10" height="5"><img src="/c.png" alt="" role="presentation">' +
        '<figure role="group"><picture><source srcset="/d-375w.avif 375w"><img src="/d.png" alt="D"></picture><figcaption>Légende</figcaption></figure><img src="/e.png">',
    );
    assert.deepEqual(page.images, [
      { src: "/a.png", alt: undefined, width: undefined, height: undefined, decorative: false, inFigure: false },
      { src: "/b.png", alt: "", width: "10", height: "5", decorative: true, inFigure: false },
      { src: "/c.png", alt: "", width: undefined, height: undefined, decorative: true, inFigure: false },
      { src: "/d.png", alt: "D", width: undefined, height: undefined, decorative: false, inFigure: true },
      { src: "/e.png", alt: undefined, width: undefined, height: undefined, decorative: false, inFigure: false },
    ]);
  });

  it("keeps the links that open a new window with their rel, title and visible text", () => {
    const page = parseHtmlPage(
      '<a href="https://a.fr" target="_blank" rel="noopener">Le <strong>site</strong> &amp; plus</a><a href="/b/">B</a>',
    );
    assert.deepEqual(page.newWindowLinks, [
      { href: "https://a.fr", rel: "noopener", title: undefined, text: "Le site & plus" },
    ]);
  });

  it("notes the ids given twice, each repetition once", () => {
    const page = parseHtmlPage('<h2 id="a">A</h2><p id="b"></p><div id="a"></div><span ID="a"></span>');
    assert.deepEqual(page.duplicateIds, ["a", "a"]);
  });

  it("notes what a strict CSP blocks: inline code and styles, event handlers in any case, frames; not a JSON data block", () => {
    const page = parseHtmlPage(
      '<script>x()</script><script src="/a.js"></script><script type="application/ld+json">{}</script>' +
        '<p ONCLICK="x()">p</p><button onmouseover=x>b</button><style>p{}</style><span style="color:red">s</span>' +
        '<iframe src="https://v.fr/e"></iframe><p data-once="1" one="x">sans</p>',
    );
    assert.deepEqual(page.activeContent, [
      { kind: "inline-script", element: "script" },
      { kind: "handler", element: "p", attribute: "onclick" },
      { kind: "handler", element: "button", attribute: "onmouseover" },
      { kind: "style-element", element: "style" },
      { kind: "style-attribute", element: "span" },
      { kind: "frame", element: "iframe", value: "https://v.fr/e" },
    ]);
  });
});

describe("the header and footer that pages repeat, read once for the site", () => {
  const header = '<header id="en-tete"><a href="/fr/">Accueil</a><img src="/img/logo.png" alt="Logo"></header>';
  const footer =
    '<footer id="pied"><a href="/fr/mentions-legales/">Mentions légales</a><a href="https://www.gouvernement.fr" target="_blank" rel="noopener">gouvernement.fr</a></footer>\n<script src="/js/a.js"></script>';
  const page = (main: string) => `<html><body>${header}<main id="contenu">${main}</main>${footer}</body></html>`;

  it("gives each page what reading it alone gives, the header and the footer read on the first page only", () => {
    const reading = new SiteReading();
    const pages = [page('<a href="#une">Une</a><h2 id="une">Une</h2>'), page('<img src="/img/b.png" alt="B">')];
    const together = pages.map((html) => parseHtmlPage(html, reading));
    assert.deepEqual(
      together,
      pages.map((html) => parseHtmlPage(html)),
    );
    assert.equal(reading.regions.size, 2);
    assert.deepEqual(
      together[1]!.references.map((reference) => reference.value),
      ["/fr/", "/img/logo.png", "/img/b.png", "/fr/mentions-legales/", "https://www.gouvernement.fr", "/js/a.js"],
    );
  });

  it("says an id of the footer that the page's content also has is a duplicate of that page", () => {
    const reading = new SiteReading();
    parseHtmlPage(page("<p>Sans doublon</p>"), reading);
    const duplicated = parseHtmlPage(page('<h2 id="pied">Pied</h2>'), reading);
    assert.deepEqual(duplicated.duplicateIds, ["pied"]);
  });

  it("reads with the page a header inside a figure, or one that a script runs out of", () => {
    const reading = new SiteReading();
    const figure = '<figure><header><img src="/img/a.png" alt="A"></header></figure>';
    assert.equal(parseHtmlPage(figure, reading).images[0]!.inFigure, true);
    const unclosed =
      '<header><script>var a = "</header>";</script><a href="/fr/b/">B</a></header><a href="/fr/c/">C</a>';
    assert.deepEqual(
      parseHtmlPage(unclosed, reading).references.map((reference) => reference.value),
      parseHtmlPage(unclosed).references.map((reference) => reference.value),
    );
  });
});
