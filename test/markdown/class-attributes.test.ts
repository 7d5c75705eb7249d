import assert from "node:assert/strict";
import { describe, it } from "node:test";
import markdownIt from "markdown-it";
import { classAttributes, type MisspeltClass } from "../../lib/markdown/class-attributes.ts";
import { curlyAttributes } from "../../lib/markdown/curly-attributes.ts";

function render(source: string): { html: string; reported: MisspeltClass[] } {
  const reported: MisspeltClass[] = [];
  const md = markdownIt({ html: true })
    .use(curlyAttributes, { allowedAttributes: [] })
    .use(classAttributes, (misspelt: MisspeltClass) => reported.push(misspelt));
  return { html: md.render(source), reported };
}

describe("a class written without its dot in braces", () => {
  it("is given to the element as the class the editor meant, and reported", () => {
    const { html, reported } = render("![Carte](/img/a.png){fr-responsive-img .frx-border-img}");
    assert.match(html, /<img src="\/img\/a\.png" alt="Carte" class="frx-border-img fr-responsive-img">/);
    assert.doesNotMatch(html, /fr-responsive-img=""/);
    assert.deepEqual(reported, [{ name: "fr-responsive-img", element: "img" }]);
  });

  it("is told from real attributes: an empty data- attribute or a value stays as written", () => {
    const { html, reported } = render('![](/img/a.png){data-decorative}\n\n[Lien](/fr/){target="_blank" fr-x="1"}');
    assert.match(html, /data-decorative=""/);
    assert.match(html, /fr-x="1"/);
    assert.deepEqual(reported, []);
  });
});
