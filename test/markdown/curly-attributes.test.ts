import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import markdownIt from "markdown-it";
import { curlyAttributes, markdownItAttrsPlugin } from "../../lib/markdown/curly-attributes.ts";
import { syntheticSite } from "../../tools/bench/synthetic-site.ts";

// One case per kind of place markdown-it-attrs reads attributes from, and a few where it must not.
const CASES = [
  "![Carte](/img/carte.png){.fr-responsive-img .frx-border-img}",
  'Texte puis `code`{.a} et *accent*{#b} et [lien](https://exemple.fr){target=_blank rel=noopener title="Exemple - nouvelle fenêtre"}.',
  "![Décor](/img/d.png){data-decorative}",
  "## Titre avec un identifiant {#mon-titre}\n\nUn paragraphe {.lead}",
  "Premier paragraphe.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n{.fr-table--bordered}\n\nParagraphe après.",
  "| a | b | c |\n| --- | --- | --- |\n| 1 {colspan=2} | 3 |\n| 4 {rowspan=2} | 5 | 6 |\n| 7 | 8 |",
  "| a | b |\n| --- | --- |\n| 1 | 2 |",
  "- un\n- deux\n{.liste}",
  "- un\n- deux\n\n{.liste-apres}\n\nfin",
  "- un {.premier}\n- deux\n  - imbriqué {.profond}",
  "Une ligne\n{.paragraphe}",
  "--- {#separateur}",
  '```json {.code-json}\n{ "a": 1 }\n```',
  '```json\n{ "pas": "un attribut" }\n```',
  "Des accolades { ordinaires } au milieu du texte, et {.pas-a-la-fin} ici.",
  "> Citation {.citation}\n>\n> - liste {.dans-la-citation}",
  "1. premier\n2. second {.fin}\n\n# Titre {.t}\n\nTexte\n\n---\n\nAutre {#x}",
  "<div>HTML</div>\n\nParagraphe {.p}\n\n<p>{.rien}</p>",
];

describe("markdown-it-attrs run only on the blocks that hold a curly brace", () => {
  const plain = markdownIt({ html: true }).use(markdownItAttrsPlugin, { allowedAttributes: [] });
  const scoped = markdownIt({ html: true }).use(curlyAttributes, { allowedAttributes: [] });
  const same = (source: string, label: string) => assert.equal(scoped.render(source), plain.render(source), label);

  it("gives the same HTML as the plugin on every kind of attribute", () => {
    for (const source of CASES) same(source, source);
    same(CASES.join("\n\n"), "all cases in one page");
  });

  it("gives the same HTML as the plugin on the site's pages and on synthetic pages", () => {
    const pages = (readdirSync("content", { recursive: true }) as string[]).filter((file) => file.endsWith(".md"));
    for (const file of pages) same(readFileSync(path.join("content", file), "utf8"), file);
    for (const file of syntheticSite({ pages: 150, seed: 5, pictograms: ["map/map.svg"] }).files.filter((each) =>
      each.path.endsWith(".md"),
    )) {
      same(String(file.content).replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ""), file.path);
    }
  });

  it("still applies attributes, so the comparison is not between two plugins doing nothing", () => {
    assert.match(
      scoped.render(CASES[0]!),
      /<img src="\/img\/carte\.png" alt="Carte" class="fr-responsive-img frx-border-img">/,
    );
    assert.match(scoped.render(CASES[4]!), /<table class="fr-table--bordered">/);
  });
});
