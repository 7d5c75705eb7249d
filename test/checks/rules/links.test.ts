import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkLinks } from "../../../lib/checks/rules/links.ts";
import { lineOf } from "../../../lib/shared/source-line.ts";
import { fixtureReport, reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const NO_PAGE = 'vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"';

describe("links that lead nowhere", () => {
  it("a link to a missing page is named on the Markdown line that writes it, with the closest page", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "Le [guide](/guide/) existe.\n\nLe [gide](/gide/) non.",
          html: '<p>Le <a href="/guide/">guide</a> existe.</p><p>Le <a href="/gide/">gide</a> non.</p>',
        },
        { url: "/guide/", html: "<h1>Guide</h1>" },
      ],
    });
    assert.deepEqual(said(checkLinks(model)), [
      '[link-broken] content/index.md:3 erreur : lien cassé vers "/gide/" : aucune page à cette adresse — vouliez-vous dire "/guide/" ?',
    ]);
  });

  it("a link to a missing page with no page near its address says where addresses start", () => {
    const model = siteModel({
      pages: [
        { url: "/", markdown: "La [page perdue](/nulle-part/).", html: '<a href="/nulle-part/">page perdue</a>' },
      ],
    });
    assert.deepEqual(said(checkLinks(model)), [
      `[link-broken] content/index.md:1 erreur : lien cassé vers "/nulle-part/" : aucune page à cette adresse — ${NO_PAGE}`,
    ]);
  });

  it("a missing file that every page asks for is named on each, with the same closest file", () => {
    const model = siteModel({
      pages: ["/", "/a/", "/b/"].map((url) => ({
        url,
        markdown: "Une page.",
        html: '<p>Une page.</p><script src="/js/copy-cod.js"></script>',
      })),
      files: { "/js/copy-code.js": {} },
    });
    const fixes = checkLinks(model).map((finding) => finding.fix);
    assert.deepEqual(fixes, Array(3).fill('vouliez-vous dire "/js/copy-code.js" ?'));
  });

  it("the same broken address written twice is named twice, each on its own line", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "Un [lien](/absente/).\n\nEncore [lui](/absente/).",
          html: '<a href="/absente/">lien</a><a href="/absente/">lui</a>',
        },
      ],
    });
    assert.deepEqual(
      checkLinks(model).map((finding) => finding.line),
      [1, 3],
    );
  });

  it("a missing stylesheet or script is a missing file, the closest file of the site suggested", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: '<link rel="stylesheet" href="/css/sites.css">\n<script src="/js/absent.js"></script>',
          html: '<link rel="stylesheet" href="/css/sites.css"><script src="/js/absent.js"></script>',
        },
      ],
      files: { "/css/site.css": {} },
    });
    assert.deepEqual(said(checkLinks(model)), [
      '[link-broken] content/index.md:1 erreur : fichier "/css/sites.css" introuvable — vouliez-vous dire "/css/site.css" ?',
      `[link-broken] content/index.md:2 erreur : fichier "/js/absent.js" introuvable — ${NO_PAGE}`,
    ]);
  });

  it("an empty link, in HTML or in Markdown, is named on its line", () => {
    const model = siteModel({
      pages: [
        { url: "/", markdown: 'Texte.\n\n<a href="">Lien sans adresse</a>', html: '<a href="">Lien sans adresse</a>' },
        { url: "/b/", markdown: "Un [lien]() vide.", html: '<a href="">lien</a>' },
      ],
    });
    assert.deepEqual(said(checkLinks(model)), [
      "[link-broken] content/index.md:3 erreur : lien sans adresse — indiquez l’adresse de la page visée, ou retirez le lien",
      "[link-broken] content/b.md:1 erreur : lien sans adresse — indiquez l’adresse de la page visée, ou retirez le lien",
    ]);
  });

  it("leaves alone pages and files that exist, folders without their slash, other sites, e-mails and images", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: [
            '<a href="/guide/">guide</a><a href="/guide">sans barre</a><a href="guide/#haut">relatif</a>',
            '<link rel="stylesheet" href="/css/site.css"><a href="https://www.ign.fr/">IGN</a>',
            '<a href="mailto:a@ign.fr">courriel</a><a href="#haut">haut</a><img src="/img/absente.png" alt="Carte">',
          ].join(""),
        },
        { url: "/guide/", html: '<h1 id="haut">Guide</h1>' },
      ],
      files: { "/css/site.css": {} },
    });
    assert.deepEqual(checkLinks(model), []);
  });

  it("leaves alone the paths left unchecked, such as a search index the build skipped", () => {
    const model = siteModel({
      pages: [{ url: "/", html: '<script src="/pagefind/pagefind-ui.js"></script>' }],
      ignored: ["/pagefind/"],
    });
    assert.deepEqual(checkLinks(model), []);
  });
});

describe("links a page did not write", () => {
  const footer = {
    "_includes/base.njk": '<main>{{ content }}</main>\n<footer><a href="/fr/plan-du-site/">Plan</a></footer>',
  };

  it("a broken link of the layout is placed on the layout's line", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "---\ntitle: Accueil\nlayout: base.njk\n---\nTexte.",
          html: '<main>Texte.</main><footer><a href="/fr/plan-du-site/">Plan</a></footer>',
        },
      ],
      templates: footer,
    });
    assert.deepEqual(said(checkLinks(model)), [
      `[link-broken] _includes/base.njk:2 erreur : lien cassé vers "/fr/plan-du-site/" : aucune page à cette adresse — ${NO_PAGE}`,
    ]);
  });

  it("a broken link whose address comes from the site's data is placed on the data file's line", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "---\ntitle: Accueil\nlayout: base.njk\n---\nTexte.",
          html: '<main>Texte.</main><header><a href="/fr/">Accueil</a></header>',
        },
      ],
      templates: {
        "_includes/base.njk": '<header><a href="{{ site.home }}">Accueil</a></header>',
        "_data/site.json": '{\n  "name": "Aide",\n  "home": "/fr/"\n}',
      },
    });
    assert.deepEqual(said(checkLinks(model)), [
      `[link-broken] _data/site.json:3 erreur : lien cassé vers "/fr/" : aucune page à cette adresse — ${NO_PAGE}`,
    ]);
  });

  it("a broken link written nowhere the checks can read is named on the page, without a line", () => {
    const model = siteModel({
      pages: [{ url: "/", markdown: "Texte.", html: '<a href="/calculee/">calculée</a>' }],
    });
    assert.deepEqual(said(checkLinks(model)), [
      `[link-broken] content/index.md erreur : lien cassé vers "/calculee/" : aucune page à cette adresse — ${NO_PAGE}`,
    ]);
  });
});

describe("links of a site published under a path prefix", () => {
  it("are named as the editor wrote them, without the prefix the build added, on their line", () => {
    const model = siteModel({
      pathPrefix: "/aide/",
      pages: [
        {
          url: "/",
          markdown: "Le [guide](/guide/), le [gide](/gide/).\n\nUn [lien]() vide.",
          html: '<a href="/aide/guide/">guide</a><a href="/aide/gide/">gide</a><a href=".">lien</a>',
        },
        { url: "/guide/", html: "<h1>Guide</h1>" },
      ],
    });
    assert.deepEqual(said(checkLinks(model)), [
      '[link-broken] content/index.md:1 erreur : lien cassé vers "/gide/" : aucune page à cette adresse — vouliez-vous dire "/guide/" ?',
      "[link-broken] content/index.md:3 erreur : lien sans adresse — indiquez l’adresse de la page visée, ou retirez le lien",
    ]);
  });

  it("a link that climbs out of the prefix is named with the prefix to write from", () => {
    const model = siteModel({
      pathPrefix: "/aide/",
      pages: [{ url: "/guide/", markdown: "La [racine](../../).", html: '<a href="../../">racine</a>' }],
    });
    assert.deepEqual(said(checkLinks(model)), [
      '[link-broken] content/guide.md:1 erreur : lien "../../" hors du site, qui est publié sous /aide/ — écrivez l’adresse depuis la racine du site ("/fr/…") : la construction ajoute le préfixe',
    ]);
  });
});

describe("links that lead nowhere, end to end", () => {
  const page = "test/fixtures/defects/content/liens/index.md";
  const broken = [
    `${page}:10 erreur : lien sans adresse — indiquez l’adresse de la page visée, ou retirez le lien`,
    `${page}:6 erreur : lien cassé vers "/liens/gide/" : aucune page à cette adresse — vouliez-vous dire "/liens/guide/" ?`,
    `${page}:6 erreur : lien cassé vers "/nulle-part/" : aucune page à cette adresse — ${NO_PAGE}`,
    `${page}:8 erreur : lien cassé vers "/ailleurs/" : aucune page à cette adresse — ${NO_PAGE}`,
  ];

  it("a broken Markdown link, a broken link in a component parameter and an empty link are named on the lines the editor wrote", async () => {
    assert.deepEqual(await reportedUnder("defects", "content/liens/"), broken);
  });

  it("the same links are found, and written as the editor wrote them, in a site built under /aide/", async () => {
    assert.deepEqual(await reportedUnder("defects", "content/liens/", { pathPrefix: "/aide/" }), broken);
  });

  it("a broken link of the site's layout is said once, on the layout's line, however many pages show it", async () => {
    const { exitCode, findings } = await fixtureReport("layout-links", { layoutTargets: false });
    const footer = "_includes/partials/footer.njk";
    assert.equal(exitCode, 1);
    assert.deepEqual(
      findings.filter((line) => line.includes('"/fr/plan-du-site/"')),
      [
        `${footer}:${lineOf(footer, '"/fr/plan-du-site/"')} erreur : lien cassé vers "/fr/plan-du-site/" : aucune page à cette adresse — ${NO_PAGE}`,
      ],
    );
  });

  it("a broken link whose address comes from the site's data is placed on the data file's line, and no link error on the pages", async () => {
    const { findings } = await fixtureReport("layout-links", { layoutTargets: false });
    assert.ok(
      findings.includes(
        `_data/site.json:${lineOf("_data/site.json", '"/fr/"')} erreur : lien cassé vers "/fr/" : aucune page à cette adresse — ${NO_PAGE}`,
      ),
      findings.join("\n"),
    );
    assert.deepEqual(
      findings.filter((line) => line.startsWith("test/fixtures/") && line.includes(" erreur : ")),
      [],
    );
  });
});
