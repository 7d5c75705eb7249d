import type { BenchResult, BenchRun } from "./bench-result.ts";
import { bytes, percent, times } from "./french-numbers.ts";

const GB = 1000 * 1000 * 1000;
/** The whole build (Eleventy, checks, search index, compression) against the floor. */
export const WHOLE_BUILD_LIMIT = 3;
const KIB = 1024;

/**
 * The targets of issue 7, read from a bench result: each PASS or FAIL, or "n/a" when the run
 * lacks what it needs (a single size, no checks step yet, no dev server measure).
 */
export function evaluateTargets(result: BenchResult): TargetResult[] {
  const runs = [...result.runs].sort((a, b) => a.pages - b.pages);
  const largest = runs[runs.length - 1];
  const smallest = runs[0];
  if (!largest || !smallest) return [];
  const at = `à ${largest.pages} pages`;
  const checks = checksMs(largest);
  const growthLimit = 1.1 * (largest.pages / smallest.pages);
  return [
    target(
      `Eleventy ≤ 1,5 × plancher ${at}`,
      largest.site.timings.eleventy / largest.floor.timings.eleventy,
      1.5,
      times,
    ),
    target(
      `Construction complète ≤ ${WHOLE_BUILD_LIMIT} × plancher ${at}`,
      largest.site.totalMs / largest.floor.timings.eleventy,
      WHOLE_BUILD_LIMIT,
      times,
    ),
    runs.length > 1
      ? target(
          `Croissance ${largest.pages} / ${smallest.pages} pages ≤ ${times(growthLimit)}`,
          largest.site.totalMs / smallest.site.totalMs,
          growthLimit,
          times,
        )
      : missing(`Croissance ≤ 1,1 × linéaire`, "une seule taille mesurée"),
    target(`Mémoire max < 1 Go ${at}`, largest.site.peakRssBytes, GB, bytes),
    target(`HTML moyen par page < 40 Kio ${at}`, largest.output.averageHtmlBytes, 40 * KIB, bytes),
    checks === undefined
      ? missing("Vérifications < 10 % de la construction", "pas d’étape de vérification")
      : target(`Vérifications < 10 % de la construction ${at}`, checks / largest.site.totalMs, 0.1, percent),
    result.devServer
      ? target(
          `Reconstruction incrémentale < 1 s (${result.devServer.pages} pages)`,
          result.devServer.medianMs,
          1000,
          (ms) => `${Math.round(ms)} ms`,
        )
      : missing("Reconstruction incrémentale < 1 s", "serveur de développement non mesuré"),
  ];
}

/** Time of the post-build steps that check the site (their names say so: `checks`, `check-links`…). */
function checksMs(run: BenchRun): number | undefined {
  const steps = Object.entries(run.site.timings).filter(([name]) => /check|v[ée]rif/i.test(name));
  return steps.length > 0 ? steps.reduce((sum, [, ms]) => sum + ms, 0) : undefined;
}

function target(label: string, value: number, limit: number, format: (value: number) => string): TargetResult {
  return { label, value, limit, measured: format(value), status: value <= limit ? "PASS" : "FAIL" };
}

function missing(label: string, reason: string): TargetResult {
  return { label, measured: reason, status: "n/a" };
}

export interface TargetResult {
  label: string;
  value?: number;
  limit?: number;
  /** The value as the report shows it. */
  measured: string;
  status: "PASS" | "FAIL" | "n/a";
}
