import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkFragments } from "../../../lib/checks/rules/fragments.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const HEADING_ID =
  "l’ancre d’un intertitre est son texte en minuscules, sans accents, les espaces remplacés par des tirets (ou l’{#id} écrit après lui)";

describe("anchors that do not exist", () => {
  it("a misspelt anchor of the same page is named on its line, with the closest id of the page", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "## 3 - S’inscrire\n\nVoir [l’inscription](#3-sinscrire).",
          html: '<h2 id="3-s-inscrire">3 - S’inscrire</h2><p>Voir <a href="#3-sinscrire">l’inscription</a>.</p>',
        },
      ],
    });
    assert.deepEqual(said(checkFragments(model)), [
      '[link-fragment] content/index.md:3 erreur : ancre "#3-sinscrire" absente de cette page — vouliez-vous dire "#3-s-inscrire" ?',
    ]);
  });

  it("an anchor missing from another page names that page, and says how heading ids are made when none is near", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "La [suite](/autre/#suite-inexistante).",
          html: '<a href="/autre/#suite-inexistante">suite</a>',
        },
        { url: "/autre/", html: '<h2 id="presentation">Présentation</h2>' },
      ],
    });
    assert.deepEqual(said(checkFragments(model)), [
      `[link-fragment] content/index.md:1 erreur : ancre "#suite-inexistante" absente de "/autre/" — ${HEADING_ID}`,
    ]);
  });

  it("a symbol missing from the drawing a <use href> points to is named", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: '<svg><use href="/artwork/carte.svg#artwork-majeur"></use></svg>',
          html: '<svg><use href="/artwork/carte.svg#artwork-majeur"></use></svg>',
        },
      ],
      files: { "/artwork/carte.svg": { ids: ["artwork-major", "artwork-minor"] } },
    });
    assert.deepEqual(said(checkFragments(model)), [
      '[link-fragment] content/index.md:1 erreur : ancre "#artwork-majeur" absente de "/artwork/carte.svg" — vouliez-vous dire "#artwork-major" ?',
    ]);
  });

  it("leaves alone ids and <a name> that exist, #top, fragments of other files, and links to pages that do not exist", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: [
            '<h2 id="a">A</h2><a name="ancien"></a><a href="#a">a</a><a href="#ancien">ancien</a><a href="#top">haut</a>',
            '<a href="/autre/#b">b</a><a href="/guide.pdf#page=2">PDF</a><a href="/absente/#x">absente</a>',
            '<svg><use href="/artwork/carte.svg#artwork-major"></use></svg>',
          ].join(""),
        },
        { url: "/autre/", html: '<h2 id="b">B</h2>' },
      ],
      files: { "/guide.pdf": {}, "/artwork/carte.svg": { ids: ["artwork-major"] } },
    });
    assert.deepEqual(checkFragments(model), []);
  });
});

describe("anchors that do not exist, end to end", () => {
  it("are named on the Markdown line, the closest id the build gave a heading suggested", async () => {
    const page = `test/fixtures/defects/content/ancres/index.md`;
    assert.deepEqual(await reportedUnder("defects", "content/ancres/"), [
      `${page}:7 erreur : ancre "#3-sinscrire" absente de cette page — vouliez-vous dire "#3-s-inscrire" ?`,
      `${page}:7 erreur : ancre "#suite-inexistante" absente de "/ancres/autre/" — ${HEADING_ID}`,
    ]);
  });
});
