import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkDuplicatePermalinks } from "../../../lib/checks/rules/permalinks.ts";
import { fixtureReport } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";

const FIX = "donnez à l’une des deux pages un autre « permalink » (ou un autre nom de fichier)";
const sources: Record<string, string> = {
  "content/a.md": "---\ntitle: A\npermalink: /commun/\n---",
  "content/b.md": "---\ntitle: B\ndescription: La page B.\npermalink: /commun/\n---",
  "content/c.md": "---\ntitle: C\n---",
};
const source = (file: string) => sources[file];

describe("two pages that write the same URL", () => {
  it("are named on the permalink line of the page that comes second, with the first, whatever order Eleventy gives", () => {
    const findings = checkDuplicatePermalinks(
      { "./content/b.md": ["/commun/"], "./content/a.md": ["/commun/"] },
      source,
    );
    assert.deepEqual(said(findings), [
      `[permalink-duplicate] content/b.md:4 erreur : adresse "/commun/" déjà écrite par content/a.md — ${FIX}`,
    ]);
  });

  it("are all named at once, a third page against the first, and on line 1 when the URL comes from the file name", () => {
    const findings = checkDuplicatePermalinks(
      {
        "./content/a.md": ["/commun/"],
        "./content/b.md": ["/commun/"],
        "./content/c.md": ["/commun/"],
        "./content/d.md": ["/autre/"],
        "./content/e.md": ["/autre/"],
      },
      source,
    );
    assert.deepEqual(said(findings), [
      `[permalink-duplicate] content/b.md:4 erreur : adresse "/commun/" déjà écrite par content/a.md — ${FIX}`,
      `[permalink-duplicate] content/c.md:1 erreur : adresse "/commun/" déjà écrite par content/a.md — ${FIX}`,
      `[permalink-duplicate] content/e.md:1 erreur : adresse "/autre/" déjà écrite par content/d.md — ${FIX}`,
    ]);
  });

  it("leave alone a page listing its URL twice, and pages written nowhere", () => {
    const findings = checkDuplicatePermalinks(
      { "./content/a.md": ["/a/", "/a/"], "./content/brouillon.md": [false], "./content/autre.md": [false] },
      source,
    );
    assert.deepEqual(findings, []);
  });
});

describe("two pages that write the same URL, end to end", () => {
  it("stop the build with every pair at once, on the permalink line, where Eleventy names only the first", async () => {
    const dir = "test/fixtures/duplicate-permalink/content";
    assert.deepEqual(await fixtureReport("duplicate-permalink"), {
      exitCode: 1,
      findings: [
        `${dir}/b.md:3 erreur : adresse "/commun/" déjà écrite par ${dir}/a.md — ${FIX}`,
        `${dir}/d.md:3 erreur : adresse "/autre-commun/" déjà écrite par ${dir}/c.md — ${FIX}`,
      ],
    });
  });
});
