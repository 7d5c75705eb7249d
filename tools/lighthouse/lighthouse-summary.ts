/**
 * What one Lighthouse report says that matters here: the four category scores (0–100), the metrics
 * behind the performance score, and the audits that lose points. Lighthouse's JSON report (LHR)
 * is large; only the fields read below are typed.
 */
export function summarizeReport(report: LighthouseReport): RunSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing: string[] = [];
  for (const id of CATEGORIES)
    for (const reference of report.categories[id]?.auditRefs ?? []) {
      const audit = report.audits[reference.id];
      // Diagnostics and insights have no weight: they explain a score, they do not make it.
      if (!audit || reference.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      failing.push(`${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ""})`);
    }
  return {
    scores,
    metrics: {
      FCP: metric("first-contentful-paint"),
      LCP: metric("largest-contentful-paint"),
      TBT: metric("total-blocking-time"),
      CLS: metric("cumulative-layout-shift"),
      SI: metric("speed-index"),
    },
    benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
    failing,
  };
}

/** A page's runs in one line: each score and metric is the median of the runs, with their range. */
export function summarizePage(runs: RunSummary[]): PageSummary {
  const of = (pick: (run: RunSummary) => number) => spread(runs.map(pick));
  return {
    runs: runs.length,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((run) => run.scores[id])])) as PageSummary["scores"],
    metrics: Object.fromEntries(METRICS.map((id) => [id, of((run) => run.metrics[id])])) as PageSummary["metrics"],
    // The audits that lose points in more than half of the runs: what the median run suffers from.
    failing: [...new Set(runs.flatMap((run) => run.failing.map(auditId)))].filter(
      (id) => runs.filter((run) => run.failing.some((line) => auditId(line) === id)).length * 2 > runs.length,
    ),
  };
}

/** The pages and categories whose median misses its target, in French, one line each. */
export function missedTargets(pages: Record<string, PageSummary>, targets: Record<Category, number>): string[] {
  return Object.entries(pages).flatMap(([page, summary]) =>
    summary.runs === 0
      ? [`${page} : aucune mesure n’a abouti`]
      : CATEGORIES.filter((id) => summary.scores[id].median < targets[id]).map(
          (id) => `${page} : ${CATEGORY_NAMES[id]} ${summary.scores[id].median} au lieu de ${targets[id]} au moins`,
        ),
  );
}

/** The report as a Markdown table: the median [min–max] of each score and metric, per page. */
export function formatLighthouseTable(pages: Record<string, PageSummary>): string {
  const cell = ({ median, min, max }: Spread, digits = 0) =>
    min === max ? fixed(median, digits) : `${fixed(median, digits)} [${fixed(min, digits)}–${fixed(max, digits)}]`;
  const header = `| page | ${CATEGORIES.map((id) => CATEGORY_NAMES[id]).join(" | ")} | FCP ms | LCP ms | TBT ms | CLS |`;
  const rows = Object.entries(pages).map(
    ([page, summary]) =>
      `| ${page} | ${CATEGORIES.map((id) => cell(summary.scores[id])).join(" | ")} | ${cell(summary.metrics.FCP)} | ${cell(summary.metrics.LCP)} | ${cell(summary.metrics.TBT)} | ${cell(summary.metrics.CLS, 3)} |`,
  );
  const losses = Object.entries(pages)
    .filter(([, summary]) => summary.failing.length > 0)
    .map(([page, summary]) => `- ${page} : ${summary.failing.join(", ")}`);
  return [
    header,
    `|---|${CATEGORIES.map(() => "---:").join("|")}|---:|---:|---:|---:|`,
    ...rows,
    ...(losses.length > 0 ? ["", "Audits qui perdent des points dans la plupart des mesures :", ...losses] : []),
  ].join("\n");
}

function spread(values: number[]): Spread {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function fixed(value: number, digits: number): string {
  return Number.isNaN(value) ? "–" : value.toFixed(digits);
}

function auditId(line: string): string {
  return line.split(" ")[0]!;
}

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** What a reader on a phone is owed: a fast page, and nothing lost on accessibility, practices or search engines. */
export const LIGHTHOUSE_TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};
export type Category = (typeof CATEGORIES)[number];
const METRICS = ["FCP", "LCP", "TBT", "CLS", "SI"] as const;
const CATEGORY_NAMES: Record<Category, string> = {
  performance: "performance",
  accessibility: "accessibilité",
  "best-practices": "bonnes pratiques",
  seo: "référencement",
};

export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    | { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }
    | undefined
  >;
  environment?: { benchmarkIndex: number };
}

export interface RunSummary {
  scores: Record<Category, number>;
  metrics: Record<(typeof METRICS)[number], number>;
  /** Lighthouse's measure of the machine's speed for this run: it varies with the load. */
  benchmarkIndex: number;
  /** `audit-id (score, value)` of each audit that weighs in a category's score and scored under 0.9. */
  failing: string[];
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface PageSummary {
  runs: number;
  scores: Record<Category, Spread>;
  metrics: Record<(typeof METRICS)[number], Spread>;
  failing: string[];
}
