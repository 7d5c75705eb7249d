import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatLighthouseTable,
  LIGHTHOUSE_TARGETS,
  type LighthouseReport,
  missedTargets,
  summarizePage,
  summarizeReport,
} from "../../../tools/lighthouse/lighthouse-summary.ts";

/** A Lighthouse report reduced to what the summary reads. */
function report(performance: number, lcp: number, metaDescription = 1): LighthouseReport {
  const audit = (id: string, score: number | null, numericValue?: number, displayValue?: string) => ({
    id,
    score,
    scoreDisplayMode: "numeric",
    numericValue,
    displayValue,
  });
  return {
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: "largest-contentful-paint", weight: 25 },
          { id: "render-blocking-insight", weight: 0 },
        ],
      },
      accessibility: { score: 1, auditRefs: [] },
      "best-practices": { score: 1, auditRefs: [] },
      seo: { score: metaDescription === 1 ? 1 : 0.82, auditRefs: [{ id: "meta-description", weight: 1 }] },
    },
    audits: {
      "first-contentful-paint": audit("first-contentful-paint", 1, 1300),
      "largest-contentful-paint": audit("largest-contentful-paint", lcp > 2500 ? 0.7 : 1, lcp, `${lcp / 1000} s`),
      "total-blocking-time": audit("total-blocking-time", 1, 10),
      "cumulative-layout-shift": audit("cumulative-layout-shift", 1, 0.002),
      "speed-index": audit("speed-index", 1, 1500),
      "render-blocking-insight": audit("render-blocking-insight", 0),
      "meta-description": audit("meta-description", metaDescription),
    },
    environment: { benchmarkIndex: 1800 },
  };
}

describe("a Lighthouse run", () => {
  it("gives its four scores out of 100, its metrics, and the audits that cost points, not the diagnostics", () => {
    const run = summarizeReport(report(0.93, 3100, 0));
    assert.deepEqual(run.scores, { performance: 93, accessibility: 100, "best-practices": 100, seo: 82 });
    assert.deepEqual(run.metrics, { FCP: 1300, LCP: 3100, TBT: 10, CLS: 0.002, SI: 1500 });
    assert.deepEqual(run.failing, ["largest-contentful-paint (0.7, 3.1 s)", "meta-description (0)"]);
  });
});

describe("several runs of a page", () => {
  const page = summarizePage([report(0.99, 1700), report(0.93, 3100), report(0.97, 2000)].map(summarizeReport));

  it("are judged by their median, shown with their range", () => {
    assert.deepEqual(page.scores.performance, { median: 97, min: 93, max: 99 });
    assert.deepEqual(page.metrics.LCP, { median: 2000, min: 1700, max: 3100 });
    assert.deepEqual(page.failing, []);
    assert.match(
      formatLighthouseTable({ "/aide/fr/": page }),
      /\| \/aide\/fr\/ \| 97 \[93–99\] \| 100 \| 100 \| 100 \| 1300 \| 2000 \[1700–3100\] \| 10 \| 0\.002 \|/,
    );
  });

  it("miss a target only when their median does, said per page and category", () => {
    const slow = summarizePage([report(0.9, 3100), report(0.93, 3000), report(0.97, 2000)].map(summarizeReport));
    assert.deepEqual(missedTargets({ "/aide/fr/": page, "/aide/fr/recherche/": slow }, LIGHTHOUSE_TARGETS), [
      "/aide/fr/recherche/ : performance 93 au lieu de 95 au moins",
    ]);
    assert.deepEqual(slow.failing, ["largest-contentful-paint"]);
    assert.deepEqual(missedTargets({ "/aide/fr/": summarizePage([]) }, LIGHTHOUSE_TARGETS), [
      "/aide/fr/ : aucune mesure n’a abouti",
    ]);
  });
});
