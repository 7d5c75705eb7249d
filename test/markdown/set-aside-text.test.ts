import assert from "node:assert/strict";
import { describe, it } from "node:test";
import nunjucks from "nunjucks";
import { putTextBack, setAsideText } from "../../lib/markdown/set-aside-text.ts";

const env = new nunjucks.Environment(null, { autoescape: true });
env.addGlobal(
  "component",
  (name: string, params: { title: string }) =>
    new nunjucks.runtime.SafeString(`<div class="fr-${name}">${params.title}</div>`),
);
const context = { title: "Se connecter", steps: ["Ouvrir", "Saisir", "Valider"], show: false };

/** The options eleventy-dsfr sets, and so does this project (lib/eleventy/nunjucks-whitespace.ts). */
const trimmingEnv = new nunjucks.Environment(null, { autoescape: true, trimBlocks: true, lstripBlocks: true });

/** What Nunjucks renders from the page, and from the page with its text set aside then put back. */
function bothWays(page: string, environment = env): [string, string] {
  const setAside = setAsideText(page);
  assert.ok(setAside, "the page's text is set aside");
  return [
    environment.renderString(page, context),
    putTextBack(environment.renderString(setAside.template, context), setAside.texts),
  ];
}

describe("Nunjucks compiles a Markdown page with its text set aside", () => {
  it("renders the same page: text, component calls, variables, loops, conditions", () => {
    const page = [
      "# {{ title }}",
      "",
      "Pour vous connecter, suivez les **étapes** ci-dessous :",
      "",
      "{% for step in steps %}- {{ loop.index }}. {{ step }} ;\n{% endfor %}",
      '{{ component("callout", { title: "À savoir" }) }}',
      "{% if show %}Jamais affiché{% else %}Affiché{% endif %}",
      "Fin de la page, avec une apostrophe ’ et des « guillemets ».",
    ].join("\n");
    const [original, setAside] = bothWays(page);
    assert.equal(setAside, original);
    assert.match(original, /<div class="fr-callout">À savoir<\/div>/);
  });

  it("trims white space around {%- and -%} as Nunjucks does", () => {
    const [original, setAside] = bothWays("Avant   \n\n{%- if true -%}\n\n  Dedans  \n\n{%- endif -%}\n  Après");
    assert.equal(setAside, original);
  });

  it("renders the same page when Nunjucks drops the lines of block tags (trimBlocks, lstripBlocks)", () => {
    const page = [
      "## Étapes",
      "",
      "{% for step in steps %}",
      "  {% if step != 'Saisir' %}",
      '    <h4 class="fr-mb-4v">{{ step }}</h4>',
      "      Texte de l’étape, indenté.",
      "  {% endif %}",
      "{% endfor %}",
      "Fin.",
    ].join("\n");
    const [original, setAside] = bothWays(page, trimmingEnv);
    assert.equal(setAside, original);
    assert.match(original, /^## Étapes\n\n {4}<h4 class="fr-mb-4v">Ouvrir<\/h4>\n/);
  });

  it("keeps {% raw %} blocks and comments as they are", () => {
    const [original, setAside] = bothWays(
      "Texte {# une note #} puis {% raw %}{{ pas une variable }}{% endraw %} et {{ title }}.",
    );
    assert.equal(setAside, original);
  });

  it("does not end a tag at braces written inside a string", () => {
    const [original, setAside] = bothWays(
      'Avant {{ component("tile", { title: "Accolades }} et %} dans un titre" }) }} après',
    );
    assert.equal(setAside, original);
  });

  it("keeps every line where it was, so that Nunjucks reports errors at the same line", () => {
    const page = "Ligne 1\nLigne 2\n\nLigne 4 {{ title }}\nLigne 5\n{{ component( }}";
    const lineOfError = (template: string) => {
      try {
        env.renderString(template, context);
      } catch (error) {
        return /\[Line (\d+)/.exec((error as Error).message)?.[1];
      }
    };
    assert.equal(lineOfError(setAsideText(page)!.template), lineOfError(page));
    assert.equal(lineOfError(page), "6");
  });

  it("leaves Nunjucks far less text to read", () => {
    const text = "Un paragraphe de texte ordinaire, comme en contiennent les guides. ".repeat(50);
    const setAside = setAsideText(`${text}\n\n{{ title }}\n\n${text}`)!;
    assert.ok(setAside.template.length < 100, setAside.template);
  });

  it("leaves as they are pages without Nunjucks, and pages whose text Nunjucks may transform", () => {
    for (const page of [
      "Rien que du Markdown.",
      "{% filter upper %}texte{% endfilter %}",
      "{% set note %}texte{% endset %}{{ note | upper }}",
      "{% macro encadre() %}texte{% endmacro %}{{ encadre() | upper }}",
      '{% call component("x") %}texte{% endcall %}',
      '{% js "body" %}<script src="/js/contact.js"></script>{% endjs %}',
      "Un caractère de contrôle \u0001 {{ title }}",
    ]) {
      assert.equal(setAsideText(page), undefined, page);
    }
  });
});
