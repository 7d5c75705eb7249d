import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fenceOpenings } from "../../lib/markdown/fence-openings.ts";

describe("fence openings", () => {
  it("lists each fence's marker and language with its line", () => {
    assert.deepEqual(fenceOpenings("# T\n\n```json\n{}\n```\n\n~~~ bash\nls\n~~~\n"), [
      { line: 3, opening: "```json" },
      { line: 7, opening: "~~~bash" },
    ]);
  });

  it("takes a fence shown inside a longer one as content", () => {
    const source = "````markdown\n```mermaid\nflowchart LR\n```\n````\n\n```mermaid\nflowchart TD\n```\n";
    assert.deepEqual(fenceOpenings(source), [
      { line: 1, opening: "````markdown" },
      { line: 7, opening: "```mermaid" },
    ]);
  });

  it("finds fences in lists and quotes", () => {
    assert.deepEqual(fenceOpenings("1. Étape\n\n   ```sh\n   ls\n   ```\n"), [{ line: 3, opening: "```sh" }]);
  });
});
