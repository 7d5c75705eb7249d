import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readMermaidHeader } from "../../lib/diagrams/mermaid-header.ts";

describe("Mermaid's header", () => {
  it("gives its title for the caption, blanked in the diagram so that lines still match", () => {
    const source = "---\ntitle: Étapes de la livraison\n---\nflowchart LR\n  a --> b\n";
    const header = readMermaidHeader(source);
    assert.equal(header.title, "Étapes de la livraison");
    assert.equal(header.body, "---\n\n---\nflowchart LR\n  a --> b\n");
    assert.equal(header.headerLines, 3);
  });

  it("keeps the header's other keys for Mermaid", () => {
    const header = readMermaidHeader("---\ntitle: T\nconfig:\n  flowchart:\n    curve: linear\n---\nflowchart LR\n");
    assert.equal(header.title, "T");
    assert.match(header.body, /^---\n\nconfig:\n {2}flowchart:\n {4}curve: linear\n---\n/);
  });

  it("reads Mermaid's accTitle as the accessible name of a diagram without a title", () => {
    const header = readMermaidHeader("flowchart LR\n  accTitle: Circuit d’une livraison\n  a --> b\n");
    assert.deepEqual(header, {
      body: "flowchart LR\n  accTitle: Circuit d’une livraison\n  a --> b\n",
      headerLines: 0,
      accessibleTitle: "Circuit d’une livraison",
    });
  });

  it("leaves a header it cannot read to Mermaid, which reports it", () => {
    const source = "---\ntitle: [x\n---\nflowchart LR\n";
    assert.deepEqual(readMermaidHeader(source), { body: source, headerLines: 3 });
  });
});
