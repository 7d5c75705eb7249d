import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyFrontMatterRules, removeField } from "../../lib/migrate/front-matter-rules.ts";

describe("the front-matter changes of a migrated page", () => {
  it("remove eleventyNavigation.permalink, which has no effect, and keep every other byte, comments included", () => {
    const yaml =
      'title: Niveau # affiché en h1\neleventyNavigation:\n    key: Niveau\n    permalink: "/niveau"\n    nav: main\n';
    const { yaml: changed, changes } = applyFrontMatterRules(yaml);
    assert.equal(changed, "title: Niveau # affiché en h1\neleventyNavigation:\n    key: Niveau\n    nav: main\n");
    assert.equal(changes.length, 1);
    assert.match(changes[0] ?? "", /^champ « eleventyNavigation\.permalink » retiré : sans effet/);
  });

  it("leave a page without such a field as it is", () => {
    const yaml = "title: A\neleventyNavigation:\n  key: A\n";
    assert.deepEqual(applyFrontMatterRules(yaml), { yaml, changes: [] });
  });
});

describe("removing a field from YAML", () => {
  it("removes a field whose value spans several lines", () => {
    assert.equal(removeField("a: 1\nb:\n  c: |\n    long\n    texte\n  d: 2\n", ["b", "c"]), "a: 1\nb:\n  d: 2\n");
  });

  it("removes the parent map with its last field", () => {
    assert.equal(removeField("a: 1\nb:\n  c: 3\n", ["b", "c"]), "a: 1\n");
  });

  it("says undefined when the field is absent or the YAML unreadable", () => {
    assert.equal(removeField("a: 1\n", ["b"]), undefined);
    assert.equal(removeField("a: [1\n", ["a"]), undefined);
  });
});
