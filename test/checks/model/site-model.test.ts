import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { ParsedPage } from "../../../lib/checks/model/html-page.ts";
import { readSiteModel, type SiteModel } from "../../../lib/checks/model/site-model.ts";
import { siteModel } from "../../support/site-model.ts";
import { writeSite } from "../../support/write-site.ts";

describe("the site model kept by the dev server between rebuilds", () => {
  const site = writeSite([
    { url: "/une/", source: "une.md", markdown: "# Une", html: '<h1 id="une">Une</h1><a href="/deux/">deux</a>' },
    { url: "/deux/", source: "deux.md", markdown: "# Deux", html: '<h1 id="deux">Deux</h1>' },
  ]);
  const idsOf = (model: ReturnType<typeof readSiteModel>, url: string) => [
    ...(model.pages.find((page) => page.url === url)?.html?.ids ?? []),
  ];

  it("parses each page once, then reuses it while the build has not rewritten it", () => {
    const parsed = new Map<string, ParsedPage>();
    const first = readSiteModel(site, { parsed });
    assert.deepEqual([...parsed.keys()].sort(), ["/deux/index.html", "/une/index.html"]);
    // Changed on disk behind the dev server's back: a page it did not rewrite is not read again.
    writeFileSync(path.join(site, "deux/index.html"), '<h1 id="autre">Autre</h1>');
    const second = readSiteModel(site, { parsed });
    assert.equal(second.pages[1]!.html, first.pages[1]!.html);
    assert.deepEqual(idsOf(second, "/deux/"), ["deux"]);
  });

  it("parses again the pages the build has just written", () => {
    const parsed = new Map<string, ParsedPage>();
    readSiteModel(site, { parsed });
    const rewritten = readSiteModel(site, {
      parsed,
      written: new Map([["/deux/index.html", '<h1 id="nouveau">Nouveau</h1>']]),
    });
    assert.deepEqual(idsOf(rewritten, "/deux/"), ["nouveau"]);
    assert.deepEqual(idsOf(readSiteModel(site, { parsed }), "/deux/"), ["nouveau"]);
  });

  it("lets go of each written page's text once it is parsed", () => {
    const written = new Map([["/deux/index.html", '<h1 id="en-memoire">En mémoire</h1>']]);
    const model = readSiteModel(site, { written });
    assert.deepEqual(idsOf(model, "/deux/"), ["en-memoire"]);
    assert.equal(written.size, 0);
  });

  it("takes the size of an image the build has just read from the build, without opening the file", () => {
    writeFileSync(path.join(site, "capture.png"), "pas encore une image");
    const images = new Map([["/capture.png", { width: 1200, height: 800, bytes: 250_000 }]]);
    const model = readSiteModel(site, { images });
    assert.deepEqual(model.imageDimensions("/capture.png"), { width: 1200, height: 800 });
    assert.equal(model.fileBytes("/capture.png"), 250_000);
    assert.equal(readSiteModel(site).imageDimensions("/capture.png"), undefined);
    assert.equal(readSiteModel(site).fileBytes("/capture.png"), "pas encore une image".length);
  });

  it("reads every page from disk without a cache", () => {
    writeFileSync(path.join(site, "deux/index.html"), '<h1 id="sur-le-disque">Sur le disque</h1>');
    assert.deepEqual(idsOf(readSiteModel(site), "/deux/"), ["sur-le-disque"]);
  });
});

describe("the in-memory site model of the checks' tests", () => {
  it("holds what readSiteModel reads from the same site on disk: pages, their data and parsed HTML, files and ids", () => {
    const pages = [
      {
        url: "/",
        source: "index.md",
        markdown: "# Accueil",
        html: '<h1 id="accueil">Accueil</h1><a href="/guide/" target="_blank">guide</a>',
        data: { title: "Accueil" },
      },
      {
        url: "/guide/",
        source: "guide.md",
        markdown: "# Guide",
        html: '<img src="/img/a.png" alt="A"><div style="background: url(/img/b.png)"></div>',
        data: { title: "Guide", layout: "base.njk", eleventyNavigation: { key: "Guide", nav: "essai" } },
      },
    ];
    const comparable = (model: SiteModel) => ({
      pathPrefix: model.pathPrefix,
      files: [...model.files].sort(),
      pages: model.pages.map((page) => ({ ...page, source: path.basename(page.source) })),
      ids: model.idsIn("/index.html"),
      markdown: model.source(model.pages[1]!.source),
    });
    assert.deepEqual(comparable(siteModel({ pages })), comparable(readSiteModel(writeSite(pages))));
  });
});
