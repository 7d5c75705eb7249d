import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fingerprint, isSamplePage, SAMPLE_PAGES } from "../../lib/migrate/sample-pages.ts";

describe("the sample pages the migration puts aside", () => {
  it("are recognised as shipped: a sample changed in the project must have its new fingerprint here", () => {
    const stale = Object.entries(SAMPLE_PAGES)
      .map(([file, expected]) => ({ file, actual: fingerprint(readFileSync(file)), expected }))
      .filter(({ actual, expected }) => actual !== expected)
      .map(({ file, actual }) => `"${file}": "${actual}"`);
    assert.deepEqual(stale, [], "fingerprints to copy into lib/migrate/sample-pages.ts");
  });

  it("are no longer samples once an editor has changed them", () => {
    const file = "content/fr/index.md";
    assert.equal(isSamplePage(file, readFileSync(file)), true);
    assert.equal(
      isSamplePage(file, Buffer.concat([readFileSync(file), Buffer.from("\nUne phrase de plus.\n")])),
      false,
    );
    assert.equal(isSamplePage("content/fr/autre.md", readFileSync(file)), false);
  });
});
