import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("a site without defects passes every check", () => {
  it("the clean fixture, with the site's layouts, components, images, anchors and a decorative image, has no finding at all", async () => {
    assert.deepEqual(buildReport(await buildFixture("clean")), { exitCode: 0, findings: [] });
  });

  it("has none either when built under /aide/", async () => {
    assert.deepEqual(buildReport(await buildFixture("clean", { pathPrefix: "/aide/" })), { exitCode: 0, findings: [] });
  });

  it("the real site passes with no error", async () => {
    const { exitCode, findings } = buildReport(await sharedSite());
    assert.deepEqual(
      findings.filter((line) => line.includes(" erreur : ")),
      [],
    );
    assert.equal(exitCode, 0);
  });
});
