import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { joinPage, splitPage } from "../../lib/migrate/page-file.ts";

describe("a page cut into its front matter and its body", () => {
  const pages = [
    "---\ntitle: A\n---\n\nTexte.\n",
    "---\r\ntitle: A\r\n---\r\nTexte en fin de ligne Windows,\r\nsans ligne vide.",
    "---\ntitle: A\n---",
    "---\n---\nCorps après un en-tête vide.\n",
    "Pas d’en-tête.\n---\n",
  ];

  it("gives every page back byte for byte when nothing changes", () => {
    for (const text of pages) assert.equal(joinPage(splitPage(text)), text);
  });

  it("changes only the YAML when the front matter changes, the body staying as it was", () => {
    const parts = splitPage("---\ntitle: A\nold: 1\n---\n{{ x }}\n  indenté\n");
    assert.deepEqual(parts, {
      opening: "---\n",
      yaml: "title: A\nold: 1\n",
      closing: "---\n",
      body: "{{ x }}\n  indenté\n",
    });
    assert.equal(joinPage(parts, "title: A\n"), "---\ntitle: A\n---\n{{ x }}\n  indenté\n");
  });

  it("sees no front matter in a page that does not start with ---", () => {
    assert.equal(splitPage("Pas d’en-tête.\n---\n").yaml, undefined);
  });
});
