import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkContactLinks } from "../../../lib/checks/rules/contact-links.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const WRITE_EMAIL = "écrivez mailto:nom@domaine.fr (par exemple mailto:geoplateforme@ign.fr)";
const WRITE_PHONE = "écrivez tel: suivi des chiffres, au format international : tel:+33123456789";

/** A page whose Markdown writes each of the links on a line of its own. */
const linksPage = (...hrefs: string[]) =>
  siteModel({
    pages: [
      {
        url: "/",
        markdown: hrefs.map((href) => `Le [contact](${href}).`).join("\n"),
        html: hrefs.map((href) => `<a href="${href}">contact</a>`).join(""),
      },
    ],
  });

describe("e-mail links", () => {
  it("an address without its domain's extension is named on its line", () => {
    assert.deepEqual(said(checkContactLinks(linksPage("mailto:geoplateforme@ign"))), [
      `[link-mailto] content/index.md:1 erreur : adresse de courriel "geoplateforme@ign" mal formée — ${WRITE_EMAIL}`,
    ]);
  });

  it("a link without an address says so", () => {
    assert.deepEqual(said(checkContactLinks(linksPage("mailto:?subject=Aide"))), [
      `[link-mailto] content/index.md:1 erreur : lien "mailto:?subject=Aide" sans adresse de courriel — ${WRITE_EMAIL}`,
    ]);
  });

  it("the wrong one of several addresses is named", () => {
    assert.deepEqual(said(checkContactLinks(linksPage("mailto:a@ign.fr,%20b@ign"))), [
      `[link-mailto] content/index.md:1 erreur : adresse de courriel "b@ign" mal formée — ${WRITE_EMAIL}`,
    ]);
  });

  it("leaves alone well-formed addresses, encoded ones and those with a subject", () => {
    const model = linksPage(
      "mailto:geoplateforme@ign.fr",
      "mailto:geoplateforme%40ign.fr",
      "mailto:a@ign.fr?subject=Aide",
    );
    assert.deepEqual(checkContactLinks(model), []);
  });
});

describe("phone links", () => {
  it("a number with letters is named on its line", () => {
    assert.deepEqual(said(checkContactLinks(linksPage("https://ign.fr", "tel:01-23-AB"))), [
      `[link-tel] content/index.md:2 erreur : numéro de téléphone "01-23-AB" mal formé — ${WRITE_PHONE}`,
    ]);
  });

  it("a number too short to call is named", () => {
    assert.deepEqual(said(checkContactLinks(linksPage("tel:12"))), [
      `[link-tel] content/index.md:1 erreur : numéro de téléphone "12" mal formé — ${WRITE_PHONE}`,
    ]);
  });

  it("leaves alone international numbers and numbers with spaces, dots, dashes or brackets", () => {
    const model = linksPage(
      "tel:+33123456789",
      "tel:01%2023%2045%2067%2089",
      "tel:01.23.45.67.89",
      "tel:(0)1-23-45-67-89",
    );
    assert.deepEqual(checkContactLinks(model), []);
  });
});

describe("e-mail and phone links, end to end", () => {
  it("are named on the Markdown line that writes them; well-formed ones pass", async () => {
    const page = `test/fixtures/defects/content/contacts.md`;
    assert.deepEqual(await reportedUnder("defects", "content/contacts.md"), [
      `${page}:5 erreur : adresse de courriel "geoplateforme@ign" mal formée — ${WRITE_EMAIL}`,
      `${page}:7 erreur : numéro de téléphone "01-23-AB" mal formé — ${WRITE_PHONE}`,
    ]);
  });
});
