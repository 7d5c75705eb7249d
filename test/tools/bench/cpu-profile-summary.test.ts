import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CpuProfile, summariseCpuProfile } from "../../../tools/bench/cpu-profile-summary.ts";

describe("the CPU profile summary", () => {
  // (root) → render (nunjucks) → escape (nunjucks) and → render again (recursion) → slugify (ours).
  const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)", ""), children: [2] },
      {
        id: 2,
        callFrame: frame("render", "file:///p/node_modules/nunjucks/src/environment.js", 421),
        children: [3, 4],
      },
      {
        id: 3,
        callFrame: frame("escape", "file:///p/node_modules/@11ty/eleventy/node_modules/nunjucks/src/lib.js", 121),
      },
      { id: 4, callFrame: frame("render", "file:///p/node_modules/nunjucks/src/environment.js", 421), children: [5] },
      { id: 5, callFrame: frame("slugify", "file:///p/lib/markdown/slugify.ts") },
    ],
    samples: [2, 3, 3, 5, 5, 5],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
  };
  const summary = summariseCpuProfile(profile, "/p");

  it("adds up the time of every sample", () => {
    assert.equal(summary.totalMs, 6);
  });

  it("ranks functions by their own time, with their file and line", () => {
    assert.deepEqual(summary.self, [
      ["slugify lib/markdown/slugify.ts:1", 3],
      ["escape node_modules/@11ty/eleventy/node_modules/nunjucks/src/lib.js:122", 2],
      ["render node_modules/nunjucks/src/environment.js:422", 1],
    ]);
  });

  it("groups own time by innermost package, or by project file", () => {
    assert.deepEqual(summary.modules, [
      ["nunjucks", 3],
      ["lib/markdown/slugify.ts", 3],
    ]);
  });

  it("counts a recursive function once per sample in its total time", () => {
    assert.deepEqual(
      summary.total.find(([label]) => label.startsWith("render")),
      ["render node_modules/nunjucks/src/environment.js:422", 6],
    );
  });
});
