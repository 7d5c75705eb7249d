import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("pages outside every navigation", () => {
  it("are listed as a warning when no page leads to them; those another page links to are left alone", async () => {
    assert.deepEqual(buildReport(await buildFixture("orphan-page", { layoutTargets: false })), {
      exitCode: 0,
      findings: [
        "test/fixtures/orphan-page/content/perdue.md avertissement : page hors de toute navigation, vers laquelle aucune page ne mène — placez-la dans un guide (eleventyNavigation : key, parent) ou ajoutez un lien vers elle depuis une autre page",
      ],
    });
  });
});
