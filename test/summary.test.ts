import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summaryOf } from "../lib/content/summary.ts";

const html = `
<h2 id="ouvrir">1 - Ouvrir <em>le</em> site</h2><p>…</p>
<h3 id="navigateur">Navigateur</h3>
<h2 id="connexion">2 - Se connecter</h2>
<h3 id="double">Double authentification</h3>
<h2 id="rubrique" data-summary-ignore>Dans cette rubrique</h2>
<h2>Sans identifiant</h2>`;

describe("on-page summary", () => {
  it("lists the page's h2 headings that have an id, as plain text", () => {
    assert.deepEqual(summaryOf(html).map(({ id, text }) => [id, text]), [["ouvrir", "1 - Ouvrir le site"], ["connexion", "2 - Se connecter"]]);
  });

  it("nests h3 headings under their h2 at depth 3 only", () => {
    assert.deepEqual(summaryOf(html)[1].children, []);
    assert.deepEqual(summaryOf(html, 3)[1].children.map((child) => child.id), ["double"]);
  });

  it("skips headings marked data-summary-ignore", () => {
    assert.equal(summaryOf(html).some((item) => item.id === "rubrique"), false);
  });
});
