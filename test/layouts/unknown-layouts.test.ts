import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { unknownLayouts } from "../../lib/layouts/unknown-layouts.ts";
import { reportedUnder } from "../support/fixture-report.ts";

const KNOWN = ["layouts/article.njk", "layouts/page.njk", "layouts/partenaire/article.njk"];
const LIST = "Mises en page connues : layouts/article.njk, layouts/page.njk, layouts/partenaire/article.njk";

describe("a layout that does not exist", () => {
  it("is named where it is written, with the closest known name and the list of them", () => {
    const { findings, names } = unknownLayouts(
      [
        { file: "content/a.md", line: 3, name: "layouts/articel.njk" },
        { file: "content/b.md", line: 2, name: "layouts/page.njk" },
        { file: "content/c.md", line: 4, name: "layouts/page" },
      ],
      KNOWN,
    );
    assert.deepEqual(findings.map(formatFinding), [
      `content/a.md:3 erreur : mise en page "layouts/articel.njk" inconnue — vouliez-vous dire "layouts/article.njk" ? ${LIST}`,
    ]);
    assert.deepEqual(names, ["layouts/articel.njk"]);
  });

  it("written without its folder, is told the known one of that name", () => {
    const { findings } = unknownLayouts([{ file: "content/a.md", line: 3, name: "partenaire/article.njk" }], KNOWN);
    assert.deepEqual(findings.map(formatFinding), [
      `content/a.md:3 erreur : mise en page "partenaire/article.njk" inconnue — vouliez-vous dire "layouts/partenaire/article.njk" ? ${LIST}`,
    ]);
  });

  it("stops no build: each one is reported on its page or data file, once, with every other problem of the site", async () => {
    const dir = "test/fixtures/defects/content/mises-en-page";
    assert.deepEqual(
      (await reportedUnder("defects", "content/mises-en-page/")).map((line) =>
        line.replace(/ Mises en page connues : .*/, ""),
      ),
      [
        `${dir}/article.md:3 erreur : mise en page "layouts/articel.njk" inconnue — vouliez-vous dire "layouts/article.njk" ?`,
        `${dir}/guide/guide.11tydata.json:2 erreur : mise en page "layouts/parent_nav_teriaire.njk" inconnue — vouliez-vous dire "layouts/parent_nav_tertiaire.njk" ?`,
      ],
    );
  });
});
