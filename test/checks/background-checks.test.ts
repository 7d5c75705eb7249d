import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  BackgroundChecks,
  type CheckReply,
  type CheckRequest,
  mergedRequest,
} from "../../lib/checks/background-checks.ts";
import { writeSite } from "../support/write-site.ts";

const request = (run: number, outputDir: string, written: [string, string][] = []): CheckRequest => ({
  run,
  outputDir,
  ignore: [],
  written,
  removed: [],
  renderFindings: [],
});

describe("the dev server's checks, on a thread of their own", () => {
  const site = writeSite([
    { url: "/une/", source: "une.md", markdown: "# Une", html: '<h1 id="une">Une</h1><a href="/deux/">deux</a>' },
  ]);

  it("answer each request with the problems of the site as written", async () => {
    const reply = await new Promise<CheckReply>((resolve) => {
      new BackgroundChecks((_request, answer) => resolve(answer)).check(request(1, site));
    });
    assert.equal(reply.run, 1);
    assert.deepEqual(
      reply.findings?.filter((finding) => finding.rule === "link-broken").map((finding) => finding.message),
      ['lien cassé vers "/deux/" : aucune page à cette adresse'],
    );
  });

  it("check the saves made while they ran once, with the latest pages, and skip the answer made out of date", async () => {
    const said: number[] = [];
    const skipped: number[] = [];
    const fixed = '<h1 id="une">Une</h1><a href="/une/">une</a>';
    const last = await new Promise<CheckReply>((resolve) => {
      const checks = new BackgroundChecks(
        (asked, answer) => {
          said.push(asked.run);
          if (asked.run === 3) resolve(answer);
        },
        (asked) => skipped.push(asked.run),
      );
      checks.check(request(1, site));
      checks.check(request(2, site, [["/une/index.html", fixed]]));
      checks.check(request(3, site));
    });
    assert.deepEqual(said, [3]);
    assert.deepEqual(skipped, [1]);
    // Run 2's page was checked as run 2 wrote it, though run 3 rewrote nothing.
    assert.deepEqual(
      last.findings?.filter((finding) => finding.rule === "link-broken"),
      [],
    );
  });

  it("answer a site they cannot read with its reason, instead of stopping the dev server", async () => {
    const reply = await new Promise<CheckReply>((resolve) => {
      new BackgroundChecks((_request, answer) => resolve(answer)).check(request(1, `${site}-absent`));
    });
    assert.match(reply.failure?.message ?? "", /\.pages\.json introuvable/);
  });
});

describe("two requests made while a check ran", () => {
  it("are the newer one with the pages both wrote, the newer text of a page written twice", () => {
    const older = {
      ...request(1, "_site", [
        ["/a/index.html", "A1"],
        ["/b/index.html", "B1"],
      ]),
      removed: ["/c/index.html"],
    };
    const newer = { ...request(2, "_site", [["/a/index.html", "A2"]]), removed: ["/b/index.html"] };
    const merged = mergedRequest(older, newer);
    assert.equal(merged.run, 2);
    assert.deepEqual(merged.written, [
      ["/a/index.html", "A2"],
      ["/b/index.html", "B1"],
    ]);
    assert.deepEqual(merged.removed, ["/c/index.html"]);
  });
});
