import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type AuditRun, comparableSummary, summarizeAudit } from "../../../tools/audit/audit-summary.ts";

const run: AuditRun = {
  date: "2026-11-28",
  pages: 3,
  htmlFiles: 4,
  issues: [
    { page: "/aide/fr/", rule: "axe/image-alt", message: "…" },
    { page: "/aide/fr/", rule: "heading-order", message: "…" },
    { page: "/aide/fr/a/", rule: "csp", message: "…" },
  ],
  htmlErrors: 2,
  tools: [
    { name: "axe-core", version: "4.14.1", use: "…" },
    { name: "Chromium", version: "156", use: "…" },
  ],
  scenarios: { "Menu mobile au clavier": true, "Thème sombre": false },
};

describe("the accessibility statement's summary of a run", () => {
  const summary = summarizeAudit(run);

  it("counts each check's problems on the pages it covers", () => {
    const byLabel = Object.fromEntries(summary.checks.map((check) => [check.label, check]));
    assert.deepEqual(byLabel["Règles WCAG 2.1 de niveaux A et AA (axe-core)"], {
      label: "Règles WCAG 2.1 de niveaux A et AA (axe-core)",
      pages: 3,
      problems: 1,
    });
    assert.equal(byLabel["Un seul titre de niveau 1, niveaux de titres sans saut"]?.problems, 1);
    assert.equal(byLabel["Validité du code HTML (Nu Html Checker)"]?.pages, 4);
    assert.equal(byLabel["Validité du code HTML (Nu Html Checker)"]?.problems, 2);
    assert.equal(byLabel["Thème sombre"]?.problems, 1);
    assert.equal(byLabel["Menu mobile au clavier"]?.pages, 1);
  });

  it("adds them up", () => {
    assert.equal(summary.problems, 6);
  });

  it("compares two runs without their day or the versions of system packages", () => {
    const later = summarizeAudit({
      ...run,
      date: "2027-01-02",
      tools: [run.tools[0]!, { name: "Chromium", version: "157", use: "…" }],
    });
    assert.deepEqual(comparableSummary(later), comparableSummary(summary));
    assert.notDeepEqual(comparableSummary(summarizeAudit({ ...run, pages: 4 })), comparableSummary(summary));
  });
});
