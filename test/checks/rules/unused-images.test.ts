import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("images of public/img/ that no page uses, not even as the image of its front matter", () => {
  it("are listed as warnings, by their file in public/", async () => {
    assert.deepEqual(buildReport(await buildFixture("unused-image")), {
      exitCode: 0,
      findings: [
        "test/fixtures/unused-image/public/img/guides/orpheline.png avertissement : image utilisée par aucune page — supprimez-la, ou citez-la dans la page qui devait la montrer",
      ],
    });
  });
});
