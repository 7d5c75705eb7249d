import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type IssueTracker, syncTrackedIssue } from "../../lib/deploy/tracked-issue.ts";

const ISSUE = { title: "Liens morts", label: "liens-morts", closingComment: "Tout répond." };

/** A tracker in memory, which writes down what was asked of it. */
function tracker(open?: number): IssueTracker & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findOpen: async (label) => {
      calls.push(`find ${label}`);
      return open;
    },
    create: async ({ title, label, body }) => {
      calls.push(`create ${title} [${label}] ${body}`);
      return 7;
    },
    update: async (id, body) => void calls.push(`update #${id} ${body}`),
    close: async (id, comment) => void calls.push(`close #${id} ${comment}`),
  };
}

describe("one issue kept in step with a report", () => {
  it("is opened, with its label, when there is something to say and no issue is open", async () => {
    const fake = tracker();
    assert.deepEqual(await syncTrackedIssue(fake, ISSUE, "2 liens"), { action: "created", id: 7 });
    assert.deepEqual(fake.calls, ["find liens-morts", "create Liens morts [liens-morts] 2 liens"]);
  });

  it("has its text replaced while it is open, never a second one opened", async () => {
    const fake = tracker(3);
    assert.deepEqual(await syncTrackedIssue(fake, ISSUE, "1 lien"), { action: "updated", id: 3 });
    assert.deepEqual(fake.calls, ["find liens-morts", "update #3 1 lien"]);
  });

  it("is closed with a comment once there is nothing left to say", async () => {
    const fake = tracker(3);
    assert.deepEqual(await syncTrackedIssue(fake, ISSUE, undefined), { action: "closed", id: 3 });
    assert.deepEqual(fake.calls, ["find liens-morts", "close #3 Tout répond."]);
  });

  it("is left alone when there is nothing to say and none is open", async () => {
    const fake = tracker();
    assert.deepEqual(await syncTrackedIssue(fake, ISSUE, undefined), { action: "none" });
    assert.deepEqual(fake.calls, ["find liens-morts"]);
  });
});
