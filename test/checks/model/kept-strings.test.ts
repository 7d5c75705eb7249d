import assert from "node:assert/strict";
import { describe, it } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import { parseHtmlPage } from "../../../lib/checks/model/html-page.ts";
import { KeptStrings } from "../../../lib/checks/model/kept-strings.ts";
import { SiteReading } from "../../../lib/checks/model/site-reading.ts";

describe("the strings the checks keep from built pages", () => {
  it("are equal to the text they were read from, long or short", () => {
    const strings = new KeptStrings();
    const page = `<p>${"x".repeat(1000)}<a href="/fr/guides/connexion/">`;
    const long = page.slice(page.indexOf("/fr"), page.lastIndexOf('"'));
    assert.equal(strings.keep(long), "/fr/guides/connexion/");
    assert.equal(strings.keep("#haut"), "#haut");
    assert.equal(strings.keep(long), strings.keep("/fr/guides/connexion/"));
  });

  it("let the pages go: 200 pages of 110 KB, parsed and kept, hold under 5 MB", () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const reading = new SiteReading();
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [];
    for (let index = 0; index < 200; index++) {
      // Each page its own text: a long paragraph, a link to itself, a link every page has, an id.
      const html = `<main id="contenu-principal-${index}"><a href="/fr/guides/page-${index}/#etape-une">Page</a><a href="https://cartes.gouv.fr/aide/fr/" target="_blank" rel="noopener">Aide de cartes.gouv.fr</a><p>${`Texte de la page ${index}. `.repeat(5000)}</p></main><footer><a href="/fr/mentions-legales/">Mentions légales</a></footer>`;
      kept.push(parseHtmlPage(html, reading));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(kept[199]!.references[0]!.value, "/fr/guides/page-199/#etape-une");
    assert.equal(kept[199]!.newWindowLinks[0]!.text, "Aide de cartes.gouv.fr");
    assert.ok(grown < 5 * 1024 * 1024, `${(grown / 1024 / 1024).toFixed(1)} Mo retenus`);
  });
});
