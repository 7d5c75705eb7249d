import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkHttpLinks } from "../../../lib/checks/rules/http-links.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

/** A site whose home page writes each of the links on a line of its own. */
const linksPage = (...hrefs: string[]) =>
  siteModel({
    pages: [
      {
        url: "/",
        markdown: hrefs.map((href) => `La [page](${href}).`).join("\n"),
        html: hrefs.map((href) => `<a href="${href}">page</a>`).join(""),
      },
    ],
  });

describe("http links to sites we reach in https elsewhere", () => {
  it("are a warning on their line that gives the https address to write", () => {
    assert.deepEqual(said(checkHttpLinks(linksPage("https://www.example.org/b", "http://www.example.org/a"))), [
      '[link-http] content/index.md:2 avertissement : lien non sécurisé "http://www.example.org/a" : d’autres liens du site mènent à www.example.org en https — écrivez "https://www.example.org/a"',
    ]);
  });

  it("count the https links of every page, and links written from // as https", () => {
    const model = siteModel({
      pages: [
        { url: "/", markdown: "[a](HTTP://ign.fr/a)", html: '<a href="HTTP://ign.fr/a">a</a>' },
        { url: "/b/", html: '<a href="//ign.fr/b">b</a>' },
      ],
    });
    assert.deepEqual(said(checkHttpLinks(model)), [
      '[link-http] content/index.md:1 avertissement : lien non sécurisé "HTTP://ign.fr/a" : d’autres liens du site mènent à ign.fr en https — écrivez "https://ign.fr/a"',
    ]);
  });

  it("leave alone a site never reached in https, and another port of the same host", () => {
    assert.deepEqual(
      checkHttpLinks(
        linksPage("http://ancien.example.net/", "https://www.example.org/", "http://www.example.org:8080/"),
      ),
      [],
    );
  });
});

describe("http links, end to end", () => {
  it("are a warning on the Markdown line that writes them, which does not stop the build", async () => {
    assert.deepEqual(await reportedUnder("warnings", "content/http.md"), [
      `test/fixtures/warnings/content/http.md:5 avertissement : lien non sécurisé "http://www.example.org/a" : d’autres liens du site mènent à www.example.org en https — écrivez "https://www.example.org/a"`,
    ]);
  });
});
