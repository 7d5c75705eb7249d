import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headingLevelAt, titleTagUnder } from "../../lib/components/heading-level.ts";

const source = [
  "---",
  "title: Page",
  "---",
  "Intro",
  "## Section",
  "Texte",
  "```markdown",
  "#### Pas un intertitre",
  "```",
  "Suite",
  "### Sous-section",
  "Fin",
].join("\n");

describe("heading level at a line of Markdown", () => {
  it("is the page title's before any heading", () => {
    assert.equal(headingLevelAt(source, 4), 1);
  });

  it("is that of the last heading above the line", () => {
    assert.equal(headingLevelAt(source, 6), 2);
    assert.equal(headingLevelAt(source, 12), 3);
  });

  it("ignores # lines inside fenced code", () => {
    assert.equal(headingLevelAt(source, 10), 2);
  });

  it("gives titles the tag one level down, h6 at most", () => {
    assert.deepEqual([1, 2, 5, 6].map(titleTagUnder), ["h2", "h3", "h6", "h6"]);
  });
});
