import assert from "node:assert/strict";
import { describe, it } from "node:test";
import markdownIt from "markdown-it";
import { headingIds, literalIds } from "../../lib/markdown/heading-ids.ts";

describe("heading ids", () => {
  it("never take an id the layout gives around the content: « ## Recherche » gets recherche-1, as markdown-it-anchor numbers", () => {
    const md = markdownIt().use(headingIds, ["recherche", "contenu"]);
    assert.equal(
      md.render("## Recherche\n\n## Contenu\n\n## Recherche"),
      '<h2 id="recherche-1">Recherche</h2>\n<h2 id="contenu-1">Contenu</h2>\n<h2 id="recherche-2">Recherche</h2>\n',
    );
  });

  it("reserve the ids written as they are in the layouts, not those computed there", () => {
    assert.deepEqual(literalIds(['<main id="contenu"><div id="{{ params.id }}"></div><footer id="pied-de-page">']), [
      "contenu",
      "pied-de-page",
    ]);
  });
});
