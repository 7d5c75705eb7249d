import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { buildFixture } from "../../support/build-fixture.ts";

const page = "test/fixtures/active-content/content/page.md";

describe("an id given twice in a page", () => {
  it("is an error where the editor writes it: twice in the page, or one the layout already gives (contenu)", async () => {
    const site = await buildFixture("active-content");
    assert.deepEqual(site.findings.filter((finding) => finding.rule === "id-duplicate").map(formatFinding), [
      `${page}:9 erreur : identifiant « contenu » donné deux fois dans la page /page/ — donnez-lui un autre nom, unique dans la page (par exemple « contenu-2 »)`,
      `${page}:13 erreur : identifiant « double » donné deux fois dans la page /page/ — donnez-lui un autre nom, unique dans la page (par exemple « double-2 »)`,
      `${page}:16 erreur : identifiant « bloc » donné deux fois dans la page /page/ — donnez-lui un autre nom, unique dans la page (par exemple « bloc-2 »)`,
    ]);
  });
});
