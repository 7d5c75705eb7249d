import assert from "node:assert/strict";
import { describe, it } from "node:test";
import nunjucks from "nunjucks";
import { templateProblems } from "../../lib/nunjucks/template-problems.ts";

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(["_includes", "."]));
env.addGlobal("resolveComponentCall", () => "");
const problems = (template: string, names: string[] = []) =>
  templateProblems(template, env, names).map(({ line, message }) => `${line} ${message}`);

describe("the Nunjucks mistakes of a page, found before Eleventy renders it", () => {
  it("a block, tag or comment never closed, at the line that opens it", () => {
    assert.deepEqual(problems("Texte.\n\n{% if a %}\nSuite.\n"), ["3 bloc « {% if %} » jamais fermé"]);
    assert.deepEqual(problems("{% for i in l %}{% if i %}x{% endif %}\n"), ["1 bloc « {% for %} » jamais fermé"]);
    assert.deepEqual(problems('a\n{{ f("x", { t: "y"\n'), ['2 « {{ f("x", { t: "y" » jamais fermé par « }} »']);
    assert.deepEqual(problems("a\n{# note\n"), ["2 commentaire Nunjucks « {# note » jamais fermé"]);
  });

  it("a Markdown identifier `{#id}`, which Nunjucks takes for a comment", () => {
    assert.deepEqual(problems("## Titre {#titre}\n\nTexte {# note #}"), [
      "1 « {#titre} » : Nunjucks y lit le début d’un commentaire, qui efface le texte jusqu’au prochain « #} »",
    ]);
  });

  it("an unknown tag, filter or function, with the closest known name", () => {
    assert.deepEqual(
      templateProblems("{% fi a %}{% endfi %}", env).map((problem) => problem.fix),
      ["vouliez-vous dire « {% if %} » ?"],
    );
    assert.deepEqual(problems("{{ a | uper }}\n{{ b | joinn(',') }}"), [
      "1 filtre « uper » inconnu",
      "2 filtre « joinn » inconnu",
    ]);
    assert.deepEqual(problems("\n{{ composant('x') }}"), ["2 fonction « composant() » inconnue"]);
  });

  it("an include or import of a template that does not exist; a name computed at rendering is left to it", () => {
    assert.deepEqual(
      problems(
        '{% include "partials/header.njk" %}\n{% include "partials/headr.njk" %}\n{% include "components/" + name + ".njk" %}',
      ),
      ["2 inclusion de « partials/headr.njk » : fichier introuvable"],
    );
    assert.deepEqual(problems('{% from "components/composant.njk" import component %}'), [
      "1 import de « components/composant.njk » : fichier introuvable",
    ]);
  });

  it("nothing in a page that calls what it imports, sets, loops over or gets from its data", () => {
    const page = `{% from "components/component.njk" import component with context %}
{% set total = 2 %}{% macro badge(texte) %}{{ texte | upper }}{% endmacro %}
{% for item in items %}{{ loop.index }} {{ badge(item) }} {{ lien(item) }}{% endfor %}
{{ component("callout", { title: title }) }} {{ range(3) | join(",") }}
{% raw %}{{ pas lu {% if %}{% endraw %}`;
    assert.deepEqual(problems(page, ["items", "title", "lien"]), []);
  });
});
