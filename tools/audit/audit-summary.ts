import { z } from "zod";
import type { AuditIssue } from "./audit-issue.ts";

/**
 * What the accessibility statement says about the automated checks: written by `npm run audit`
 * into `content/fr/accessibilite.11tydata.json`, rendered by the « Accessibilité » page, and
 * compared by `npm test` with what its own run finds, so that the page never claims more than
 * the last run showed.
 */
export const auditSummarySchema = z.object({
  /** Reminder for whoever opens the file. */
  source: z.string(),
  /** Day of the run, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Pages opened in the browser. */
  pages: z.number().int().nonnegative(),
  /** HTML files given to the Nu Html Checker. */
  htmlFiles: z.number().int().nonnegative(),
  tools: z.array(z.object({ name: z.string(), version: z.string(), use: z.string() })),
  checks: z.array(
    z.object({ label: z.string(), pages: z.number().int().nonnegative(), problems: z.number().int().nonnegative() }),
  ),
  /** Problems found by all the checks together. */
  problems: z.number().int().nonnegative(),
});

export type AuditSummary = z.infer<typeof auditSummarySchema>;

export const AUDIT_SUMMARY_SOURCE =
  "Écrit par « npm run audit » (test/site/site-audit.test.ts) : ne pas modifier à la main.";

/** Rules of the page structure checks (tools/audit/page-structure.ts). */
export const STRUCTURE_RULES = new Set(["h1-unique", "heading-order", "id-unique", "image-alt", "skip-link"]);
/** Rules of what the console and the network report while a page loads. */
export const RUNTIME_RULES = new Set([
  "console-error",
  "script-error",
  "request-failed",
  "foreign-request",
  "csp",
  "http-status",
]);

/** Checks run on every page, each with the rules of AuditIssue it counts. */
const PAGE_CHECKS: { label: string; counts: (rule: string) => boolean }[] = [
  { label: "Règles WCAG 2.1 de niveaux A et AA (axe-core)", counts: (rule) => rule.startsWith("axe/") },
  {
    label: "Un seul titre de niveau 1, niveaux de titres sans saut",
    counts: (rule) => rule === "h1-unique" || rule === "heading-order",
  },
  { label: "Identifiants uniques", counts: (rule) => rule === "id-unique" },
  { label: "Alternative textuelle de chaque image", counts: (rule) => rule === "image-alt" },
  {
    label: "Liens d’évitement vers une cible présente, affichée et atteignable au clavier",
    counts: (rule) => rule === "skip-link",
  },
  {
    label:
      "Aucune erreur de script, requête échouée ou vers un autre site, ni violation de la politique de sécurité du contenu",
    counts: (rule) => RUNTIME_RULES.has(rule),
  },
];

/** The statement's facts from one run: the per-page issues, the HTML checker's errors, and the scenarios played on one page. */
export function summarizeAudit(run: AuditRun): AuditSummary {
  const checks = [
    ...PAGE_CHECKS.map(({ label, counts }) => ({
      label,
      pages: run.pages,
      problems: run.issues.filter((issue) => counts(issue.rule)).length,
    })),
    { label: "Validité du code HTML (Nu Html Checker)", pages: run.htmlFiles, problems: run.htmlErrors },
    ...Object.entries(run.scenarios).map(([label, passed]) => ({ label, pages: 1, problems: passed ? 0 : 1 })),
  ];
  return {
    source: AUDIT_SUMMARY_SOURCE,
    date: run.date,
    pages: run.pages,
    htmlFiles: run.htmlFiles,
    tools: run.tools,
    checks,
    problems: checks.reduce((sum, check) => sum + check.problems, 0),
  };
}

/** What must not change without a new `npm run audit`: everything but the day and the versions of system packages. */
export function comparableSummary(summary: AuditSummary): Omit<AuditSummary, "date" | "source"> {
  const { date: _date, source: _source, ...facts } = summary;
  return { ...facts, tools: facts.tools.filter((tool) => !SYSTEM_TOOLS.has(tool.name)) };
}

/** Installed by the machine's package manager: their versions follow its updates, not the project. */
const SYSTEM_TOOLS = new Set(["Chromium", "nginx"]);

export interface AuditRun {
  date: string;
  pages: number;
  htmlFiles: number;
  issues: AuditIssue[];
  htmlErrors: number;
  tools: AuditSummary["tools"];
  /** Scenario label → whether it passed. */
  scenarios: Record<string, boolean>;
}
