import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkUnusedImages } from "../../../lib/checks/rules/unused-images.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { writeSite } from "../../support/write-site.ts";

describe("images of public/img/ that no page uses", () => {
  it("are listed as warnings, by their file in public/; one used only as a <picture>'s source, and the variants the build writes, are not", async () => {
    assert.deepEqual(buildReport(await buildFixture("unused-image")), {
      exitCode: 0,
      findings: [
        "test/fixtures/unused-image/public/img/guides/orpheline.png avertissement : image utilisée par aucune page — supprimez-la, ou citez-la dans la page qui devait la montrer",
      ],
    });
  });

  it("leave out the files of the site that public/ does not hold, such as the variants of an earlier build of the dev server", () => {
    const site = writeSite([{ url: "/", source: "a.md", markdown: "# A\n", html: "<p>A</p>" }]);
    const publicDir = path.join(path.dirname(site), "public");
    for (const [dir, file] of [
      [publicDir, "img/a.png"],
      [site, "img/a.png"],
      [site, "img/a-375w.0123abcd.avif"],
    ] as const) {
      mkdirSync(path.join(dir, "img"), { recursive: true });
      writeFileSync(path.join(dir, file), "");
    }
    assert.deepEqual(checkUnusedImages(readSiteModel(site)).map(formatFinding), [
      `${publicDir}/img/a.png avertissement : image utilisée par aucune page — supprimez-la, ou citez-la dans la page qui devait la montrer`,
    ]);
  });
});
