import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editorConsole } from "../../lib/eleventy/editor-console.ts";

function recorder() {
  const lines: string[] = [];
  const record = (message: string) => void lines.push(message);
  return { lines, output: { log: record, warn: record, error: record } };
}

describe("the dev server's console", () => {
  it("passes Eleventy's messages but drops its stack traces", () => {
    const { lines, output } = recorder();
    const console = editorConsole(output);
    console.log("[11ty] Watching…");
    console.error("[11ty] Problem writing Eleventy templates:");
    console.error("[11ty] \n[11ty] Original error stack trace: Error: x\n[11ty]     at y");
    assert.deepEqual(lines, ["[11ty] Watching…", "[11ty] Problem writing Eleventy templates:"]);
  });
});
