import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("two pages that write the same URL", () => {
  it("stop the build with every pair at once, on the permalink line, where Eleventy names only the first", async () => {
    const dir = "test/fixtures/duplicate-permalink/content";
    const fix = "donnez à l’une des deux pages un autre « permalink » (ou un autre nom de fichier)";
    assert.deepEqual(buildReport(await buildFixture("duplicate-permalink")), {
      exitCode: 1,
      findings: [
        `${dir}/b.md:3 erreur : adresse "/commun/" déjà écrite par ${dir}/a.md — ${fix}`,
        `${dir}/d.md:3 erreur : adresse "/autre-commun/" déjà écrite par ${dir}/c.md — ${fix}`,
      ],
    });
  });
});
