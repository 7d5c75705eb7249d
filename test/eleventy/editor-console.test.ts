import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setImmediate as nextTurn } from "node:timers/promises";
import { editorConsole } from "../../lib/eleventy/editor-console.ts";

function recorder() {
  const lines: string[] = [];
  const record = (message: string) => void lines.push(message);
  return { lines, output: { log: record, warn: record, error: record } };
}

describe("the dev server's console", () => {
  it("passes Eleventy's messages but drops its stack traces", () => {
    const { lines, output } = recorder();
    const console = editorConsole("test/fixtures/clean/content", output);
    console.log("[11ty] Watching…");
    console.error("[11ty] Problem writing Eleventy templates:");
    console.error("[11ty] \n[11ty] Original error stack trace: Error: x\n[11ty]     at y");
    assert.deepEqual(lines, ["[11ty] Watching…", "[11ty] Problem writing Eleventy templates:"]);
  });

  it("explains broken front matter in French after a failed rebuild, once", async () => {
    const { lines, output } = recorder();
    const console = editorConsole("test/fixtures/yaml-error/content", output);
    console.error("[11ty] Problem writing Eleventy templates:");
    console.error("[11ty] 1. Having trouble reading front matter");
    await nextTurn();
    assert.equal(lines.length, 3);
    assert.match(
      lines[2]!,
      /^test\/fixtures\/yaml-error\/content\/index\.md\n {2}test\/fixtures\/yaml-error\/content\/index\.md:3 erreur : en-tête YAML illisible/,
    );
  });
});
