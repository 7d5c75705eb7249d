import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { summaryOf } from "../../lib/navigation/summary.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";

const html = `
<h2 id="ouvrir">1 - Ouvrir <em>le</em> site</h2><p>…</p>
<h3 id="navigateur">Navigateur</h3>
<h2 id="connexion">2 - Se connecter</h2>
<h3 id="double">Double authentification</h3>
<h2 id="rubrique" data-summary-ignore>Dans cette rubrique</h2>
<h2>Sans identifiant</h2>`;

describe("on-page summary", () => {
  it("lists the page's h2 headings that have an id, as plain text", () => {
    assert.deepEqual(
      summaryOf(html).map(({ id, text }) => [id, text]),
      [
        ["ouvrir", "1 - Ouvrir le site"],
        ["connexion", "2 - Se connecter"],
      ],
    );
  });

  it("nests h3 headings under their h2 at depth 3 only", () => {
    assert.deepEqual(summaryOf(html)[1]?.children, []);
    assert.deepEqual(
      summaryOf(html, 3)[1]?.children.map((child) => child.id),
      ["double"],
    );
  });

  it("skips headings marked data-summary-ignore", () => {
    assert.equal(
      summaryOf(html).some((item) => item.id === "rubrique"),
      false,
    );
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

  it("lists the h3 headings under their h2 with depth: 3", () => {
    assert.deepEqual(summaryLinks("/profondeur/"), ["premier", "detail", "second"]);
    assert.match(
      site.html("/profondeur/"),
      /href="#premier">Premier<\/a>\s*<ol>\s*<li><a class="fr-summary__link" href="#detail">/,
    );
  });
});
