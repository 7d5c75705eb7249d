import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mermaidErrorMessage } from "../../lib/diagrams/mermaid-error-message.ts";

describe("Mermaid's errors in French", () => {
  it("say what was expected and what was found, near which text, on which line of the diagram", () => {
    const { message, fix } = mermaidErrorMessage(
      "Parse error on line 2:\nflowchart LR  a -> b  b --> c\n----------------^\nExpecting 'SEMI', 'NEWLINE', 'EOF', 'AMP', 'START_LINK', 'LINK', 'LINK_ID', got 'MINUS'",
      2,
    );
    assert.equal(
      message,
      "diagramme Mermaid illisible (ligne 2 du diagramme) : attendu : « ; », une fin de ligne, la fin du diagramme, « & », un lien, un lien (« --> ») ; trouvé : « - » (près de « flowchart LR a -> b b --> c »)",
    );
    assert.match(fix, /corrigez la syntaxe/);
  });

  it("name an unknown diagram type and list the known ones", () => {
    const { message, fix } = mermaidErrorMessage(
      "No diagram type detected matching given configuration for text: flowchar LR\n  a --> b\n",
      1,
    );
    assert.equal(
      message,
      "diagramme Mermaid illisible (ligne 1 du diagramme) : type de diagramme inconnu « flowchar »",
    );
    assert.match(fix, /flowchart LR, stateDiagram-v2/);
  });

  it("say which text could not be read", () => {
    const { message } = mermaidErrorMessage(
      "Lexical error on line 3. Unrecognized text.\n...> B  note left of B    text\n----------------------^",
      3,
    );
    assert.equal(
      message,
      "diagramme Mermaid illisible (ligne 3 du diagramme) : texte non reconnu (près de « …> B note left of B text »)",
    );
  });

  it("name an unknown shape", () => {
    assert.equal(
      mermaidErrorMessage("No such shape: nope.").message,
      "diagramme Mermaid illisible : forme inconnue « nope »",
    );
  });
});
