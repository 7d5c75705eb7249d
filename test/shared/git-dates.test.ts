import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseGitLog } from "../../lib/shared/git-dates.ts";

describe("last change dates from git history", () => {
  it("keep the newest commit of each file", () => {
    const log = "\u00001700000200\n\ncontent/a.md\n\u00001700000100\n\ncontent/a.md\ncontent/b.md\n";
    const dates = parseGitLog(log);
    assert.equal(dates.get("content/a.md")?.getTime(), 1700000200000);
    assert.equal(dates.get("content/b.md")?.getTime(), 1700000100000);
  });

  it("are empty without history", () => {
    assert.equal(parseGitLog("").size, 0);
  });
});
