import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkSite } from "../../lib/checks/check-site.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { fixtureReport } from "../support/fixture-report.ts";
import { said } from "../support/said.ts";
import { sharedSite } from "../support/shared-site.ts";
import { siteModel } from "../support/site-model.ts";

describe("every check of a site", () => {
  it("runs over one model, and says the problems in the order an editor reads them: front matter first", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "---\ndescription: Sans titre.\n---\n\nLe [gide](/gide/).",
          html: '<a href="/gide/">gide</a><img src="/img/carte.png">',
        },
      ],
      files: { "/img/carte.png": { width: 40, height: 30 } },
    });
    assert.deepEqual(
      said(checkSite(model)).map((line) => line.split(" : ")[0]),
      [
        "[front-matter-invalid] content/index.md:1 erreur",
        "[link-broken] content/index.md:5 erreur",
        "[image-dimensions] content/index.md erreur",
        "[image-alt] content/index.md erreur",
      ],
    );
  });

  it("says once a problem that every page shows, such as a broken link of the layout", () => {
    const footer = '<a href="/a/">A</a> <a href="/b/">B</a> <a href="/fr/plan-du-site/">Plan du site</a>';
    const model = siteModel({
      pages: ["/", "/a/", "/b/"].map((url) => ({
        url,
        markdown: "---\ntitle: Page\nlayout: base.njk\n---",
        html: `<main></main>${footer}`,
      })),
      templates: { "_includes/base.njk": `<main>{{ content }}</main>\n${footer}` },
    });
    assert.deepEqual(
      said(checkSite(model)).map((line) => line.split(" : ")[0]),
      ["[link-broken] _includes/base.njk:2 erreur"],
    );
  });

  it("has nothing to say of a small correct site", () => {
    const model = siteModel({
      pages: [
        { url: "/", markdown: "---\ntitle: Accueil\n---\n\nLe [guide](/guide/).", html: '<a href="/guide/">guide</a>' },
        {
          url: "/guide/",
          markdown: "---\ntitle: Guide\n---\n\n![Carte de France](/img/carte.png)",
          html: '<img src="/img/carte.png" alt="Carte de France" width="40" height="30">',
        },
      ],
      files: { "/img/carte.png": { width: 40, height: 30 } },
    });
    assert.deepEqual(checkSite(model), []);
  });
});

describe("the checks of a whole build", () => {
  it("the defects fixture stops the build, each finding on the page or file written for it", async () => {
    const { exitCode, findings } = await fixtureReport("defects");
    assert.equal(exitCode, 1);
    assert.deepEqual(filesOf(findings), [
      "content/ancres/index.md",
      "content/contacts.md",
      "content/en-tetes/guide/sans-cle.md",
      "content/en-tetes/mal-rangee.md",
      "content/en-tetes/sans-titre.md",
      "content/images/dimensions.md",
      "content/images/introuvables.md",
      "content/images/textes-alternatifs.md",
      "content/liens/index.md",
      "content/navigation/boucle/x.md",
      "content/navigation/boucle/z.md",
      "content/navigation/doublon/seconde.md",
      "content/navigation/parent/cartes.md",
      "content/navigation/parent/connexion.md",
      "content/navigation/racines/enfant.md",
      "content/navigation/racines/oubli.md",
      "content/navigation/sans-guide/page.md",
      "content/nouvelle-fenetre.md",
      "content/pictogramme.md",
      "public/css/style.css",
    ]);
  });

  it("the warnings fixture builds: warnings do not stop the build", async () => {
    const { exitCode, findings } = await fixtureReport("warnings");
    assert.equal(exitCode, 0);
    assert.deepEqual(filesOf(findings), [
      "content/http.md",
      "public/img/guides/orpheline.png",
      "public/img/large.png",
      "public/img/lourde.png",
    ]);
  });
});

describe("a site without defects passes every check", () => {
  it("the clean fixture, with the site's layouts, components, images, anchors and a decorative image, has no finding at all", async () => {
    assert.deepEqual(buildReport(await buildFixture("clean")), { exitCode: 0, findings: [] });
  });

  it("has none either when built under /aide/", async () => {
    assert.deepEqual(buildReport(await buildFixture("clean", { pathPrefix: "/aide/" })), { exitCode: 0, findings: [] });
  });

  it("the real site passes with no error", async () => {
    const { exitCode, findings } = buildReport(await sharedSite());
    assert.deepEqual(
      findings.filter((line) => line.includes(" erreur : ")),
      [],
    );
    assert.equal(exitCode, 0);
  });
});

/** The files a report names, from the fixture's folder, each once. */
function filesOf(findings: string[]): string[] {
  const files = findings.map((line) => /^test\/fixtures\/[^/]+\/(\S+?)(?::\d+)? /.exec(line)?.[1] ?? line);
  return [...new Set(files)].sort();
}
