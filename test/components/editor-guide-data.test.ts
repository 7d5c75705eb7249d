import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import nunjucks from "nunjucks";
import { containerDefinitions } from "../../components/containers.ts";
import { componentRegistry } from "../../components/registry.ts";
import { componentCallSource } from "../../lib/components/component-call-source.ts";
import { frontMatterSchema } from "../../lib/schema/front-matter.ts";
import { schemaFields } from "../../lib/schema/schema-fields.ts";
import type { BuiltSite } from "../support/build-fixture.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("the editor guide « Rédiger une page »", () => {
  let site: BuiltSite;
  before(async () => {
    site = await sharedSite();
  });

  it("builds with no problem at all", () => {
    assert.deepEqual(site.findings, []);
  });

  it("places each generated page in its own guide, under « Les composants »", () => {
    const page = parseHtml(site.html("/fr/rediger/composants/tile/"));
    assert.deepEqual(select(page, "a.fr-breadcrumb__link").map(textOf), [
      "Accueil",
      "Rédiger une page",
      "Les composants",
      "Tuile",
    ]);
    assert.equal(textOf(selectOne(page, "a.fr-sidemenu__link[aria-current=page]")), "Tuile");
  });

  it("lists every front matter field of the schema", () => {
    const names = select(parseHtml(site.html("/fr/rediger/en-tete/")), "#champs-en-tete tbody > tr").map((row) =>
      textOf(selectOne(row, "code")),
    );
    assert.deepEqual(
      names,
      schemaFields(frontMatterSchema).map((field) => field.name),
    );
  });

  for (const definition of componentRegistry.values()) {
    it(`shows the component ${definition.name}: every parameter, every example and its source`, () => {
      const page = parseHtml(site.html(`/fr/rediger/composants/${definition.name}/`));
      const names = select(page, `#parametres-${definition.name} tbody > tr`).map((row) =>
        textOf(selectOne(row, "code")),
      );
      assert.deepEqual(
        names,
        schemaFields(definition.schema).map((field) => field.name),
      );
      definition.examples.forEach((example, index) => {
        assert.ok(
          select(page, `div[data-example=${definition.name}-${index + 1}] [id]`).length > 0,
          "the example is rendered",
        );
        assert.equal(
          textOf(selectOne(page, `pre[data-example-source=${definition.name}-${index + 1}]`)),
          textOf(parseHtml(escapeHtml(componentCallSource(definition.name, example.params)))),
        );
      });
    });
  }

  for (const definition of containerDefinitions) {
    it(`shows the Markdown container « ${definition.label} »: its examples and their source`, () => {
      const page = parseHtml(site.html(`/fr/rediger/raccourcis/${definition.name}/`));
      definition.examples.forEach((example, index) => {
        assert.ok(
          select(page, `div[data-example=${definition.name}-${index + 1}] [id]`).length > 0,
          "the example is rendered",
        );
        assert.equal(
          textOf(selectOne(page, `pre[data-example-source=${definition.name}-${index + 1}]`)),
          textOf(parseHtml(escapeHtml(example.source))),
        );
      });
    });
  }
});

describe("the source of a component call shown to copy", () => {
  // Nunjucks itself reads the source back: a `component` macro that returns its parameters as JSON.
  const readBack = (source: string) =>
    JSON.parse(
      new nunjucks.Environment().renderString(
        `{% macro component(name, params) %}{{ params | dump | safe }}{% endmacro %}${source}`,
        {},
      ),
    );

  for (const definition of componentRegistry.values()) {
    it(`gives back the parameters of each ${definition.name} example`, () => {
      for (const example of definition.examples)
        assert.deepEqual(readBack(componentCallSource(definition.name, example.params)), example.params);
    });
  }

  it("keeps short lists and objects on one line, and indents the rest by four spaces", () => {
    assert.equal(
      componentCallSource("tile", { title: "Accueil", image: { src: "/img/a.png", alt: "A" }, tags: ["a", "b"] }),
      '{{ component("tile", {\n    title: "Accueil",\n    image: { src: "/img/a.png", alt: "A" },\n    tags: ["a", "b"]\n}) }}',
    );
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
