import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkNewWindowLinks } from "../../../lib/checks/rules/new-window-links.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

/** A page whose Markdown writes each link (as HTML) on a line of its own. */
const linksPage = (...links: string[]) =>
  siteModel({ pages: [{ url: "/", markdown: links.join("\n"), html: links.join("") }] });

describe("links that open a new window", () => {
  it("one without rel nor title gets both attributes to add, its title made of its text", () => {
    const model = linksPage('<a href="https://www.info.gouv.fr" target="_blank">site de l’État</a>');
    assert.deepEqual(said(checkNewWindowLinks(model)), [
      '[link-new-window] content/index.md:1 erreur : le lien "site de l’État" ouvre une nouvelle fenêtre sans rel="noopener" ni titre qui l’annonce — ajoutez rel="noopener" title="site de l’État - ouvre une nouvelle fenêtre"',
    ]);
  });

  it("one without title gets the title to add", () => {
    const model = linksPage('<a href="/a/">a</a>', '<a href="/licence/" target="_blank" rel="noopener">licence</a>');
    assert.deepEqual(said(checkNewWindowLinks(model)), [
      '[link-new-window] content/index.md:2 erreur : le lien "licence" ouvre une nouvelle fenêtre sans titre qui l’annonce — ajoutez title="licence - ouvre une nouvelle fenêtre"',
    ]);
  });

  it("one without rel gets rel to add", () => {
    const model = linksPage('<a href="/a/" target="_blank" title="A - ouvre une nouvelle fenêtre">A</a>');
    assert.deepEqual(said(checkNewWindowLinks(model)), [
      '[link-new-window] content/index.md:1 erreur : le lien "A" ouvre une nouvelle fenêtre sans rel="noopener" — ajoutez rel="noopener"',
    ]);
  });

  it("one without text is named by its address", () => {
    const model = linksPage('<a href="/plan.pdf" target="_blank" rel="noopener"><img src="/plan.png" alt=""></a>');
    assert.deepEqual(said(checkNewWindowLinks(model)), [
      '[link-new-window] content/index.md:1 erreur : le lien "/plan.pdf" ouvre une nouvelle fenêtre sans titre qui l’annonce — ajoutez title="/plan.pdf - ouvre une nouvelle fenêtre"',
    ]);
  });

  it("leaves alone links with noopener or noreferrer and a title that says so, and links that stay in the window", () => {
    const model = linksPage(
      '<a href="/a/" target="_blank" rel="noopener" title="A - ouvre une nouvelle fenêtre">A</a>',
      '<a href="/b/" target="_BLANK" rel="external NOREFERRER" title="B (nouvelle fenetre)">B</a>',
      '<a href="/c/" target="_self">C</a>',
    );
    assert.deepEqual(checkNewWindowLinks(model), []);
  });
});

describe("links that open a new window, end to end", () => {
  it("written in HTML or with attributes in braces in Markdown, are named on their line", async () => {
    const page = "test/fixtures/defects/content/nouvelle-fenetre.md";
    assert.deepEqual(await reportedUnder("defects", "content/nouvelle-fenetre.md"), [
      `${page}:5 erreur : le lien "licence" ouvre une nouvelle fenêtre sans titre qui l’annonce — ajoutez title="licence - ouvre une nouvelle fenêtre"`,
      `${page}:5 erreur : le lien "site de l’État" ouvre une nouvelle fenêtre sans rel="noopener" ni titre qui l’annonce — ajoutez rel="noopener" title="site de l’État - ouvre une nouvelle fenêtre"`,
    ]);
  });
});
