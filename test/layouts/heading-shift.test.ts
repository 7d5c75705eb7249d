import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { raiseHeadings } from "../../lib/layouts/heading-shift.ts";
import { buildNavigation } from "../../lib/navigation/tree.ts";
import { navEntry } from "../support/nav-entry.ts";

const STEP = '<h3 id="choisir">Choisir</h3><p>Texte</p><h4 id="nuit">Nuit</h4><pre><code>&lt;h3&gt;</code></pre>';
const guide = buildNavigation([
  { ...navEntry("Accueil", undefined, 1, "ign"), home: "ign" },
  navEntry("Forêt", undefined, 1, "ign"),
  navEntry("Inventaire", "Forêt", 1, "ign"),
  navEntry("Relevés", "Inventaire", 1, "ign"),
]);
const at = (key: string) => [...guide.byUrl.values()].find((node) => node.key === key);

describe("headings written under the title of an eleventy-dsfr layout", () => {
  it("are raised to follow our h1, ids kept, code left alone, for a tutorial's step (its title was an h2)", () => {
    assert.equal(
      raiseHeadings(STEP, "layouts/article_nav_tertiaire.njk", undefined),
      '<h2 id="choisir">Choisir</h2><p>Texte</p><h3 id="nuit">Nuit</h3><pre><code>&lt;h3&gt;</code></pre>',
    );
  });

  it("are raised by a partner's page depth: one level under its theme, two deeper, never above h2", () => {
    assert.equal(raiseHeadings("<h3>A</h3>", "layouts/partenaire/article.njk", at("Inventaire")), "<h2>A</h2>");
    assert.equal(
      raiseHeadings("<h4>A</h4><h3>B</h3>", "layouts/partenaire/article.njk", at("Relevés")),
      "<h2>A</h2><h2>B</h2>",
    );
    assert.equal(raiseHeadings("<h2>A</h2>", "layouts/partenaire/parent.njk", at("Forêt")), "<h2>A</h2>");
  });

  it("are left as they are on our own pages and the layouts whose title was the h1", () => {
    for (const layout of [undefined, "layouts/page.njk", "layouts/article.njk", "layouts/parent_nav_tertiaire.njk"])
      assert.equal(raiseHeadings(STEP, layout, at("Relevés")), STEP);
  });
});
