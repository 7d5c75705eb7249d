import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BenchResult, BenchRun } from "../../../tools/bench/bench-result.ts";
import { formatReport } from "../../../tools/bench/format-report.ts";
import { plotSvg, ticks } from "../../../tools/bench/plot-svg.ts";
import { evaluateTargets } from "../../../tools/bench/targets.ts";

describe("the bench report", () => {
  it("has one row per size with a column per post-build step, whatever their names", () => {
    const report = formatReport(
      result([run(1000, 2000, { pagefind: 500, checks: 100 }), run(4000, 8000, { pagefind: 2000, checks: 400 })]),
    );
    const header = report.split("\n").find((line) => line.startsWith("| Pages"))!;
    assert.match(header, /\| Eleventy \| pagefind \| checks \| Total \| Plancher \|/);
    assert.match(report, /^\| 1000 \| 2,00 s \| 0,50 s \| 0,10 s \| 2,60 s \| 1,00 s \| 2,00 × \| 2,60 × \|/m);
    assert.match(report, /^\| 4000 \| 8,00 s \| 2,00 s \| 0,40 s \| 10,40 s \| 4,00 s \| 2,00 × \| 2,60 × \|/m);
    assert.match(report, /Croissance de 1000 à 4000 pages \(× 4,0 pages\) : construction complète 4,00 ×/);
  });

  it("says what the diagrams cost when none is in the cache yet", () => {
    const warm = run(1000, 2000, { pagefind: 500 });
    const cold = run(1000, 5000, { pagefind: 500 });
    const report = formatReport(result([{ ...warm, coldSite: cold.site, diagrams: 42 }]));
    assert.match(
      report,
      /1000 pages, caches vides \(0 variantes AVIF et WebP de 0 images, 0 à encoder ; 42 diagrammes à dessiner dans Chromium\) : construction complète 5,50 s, Eleventy 5,00 s, soit 3,00 s de plus qu’avec les caches remplis \(0 variantes encodées\)\./,
    );
  });

  it("marks each target PASS or FAIL from the largest size, and n/a when a run cannot tell", () => {
    const statuses = (bench: BenchResult) =>
      Object.fromEntries(evaluateTargets(bench).map((target) => [target.label.split(" ")[0], target.status]));
    assert.deepEqual(statuses(result([run(1000, 1200, {}), run(4000, 5000, {})], 400)), {
      Eleventy: "PASS",
      Construction: "PASS",
      Croissance: "PASS",
      Mémoire: "PASS",
      HTML: "PASS",
      Vérifications: "n/a",
      Reconstruction: "PASS",
    });
    assert.deepEqual(
      statuses(result([run(1000, 1000, { checks: 100 }), run(4000, 7000, { checks: 1000 }, 1.2e9, 50_000)], 1500)),
      {
        Eleventy: "FAIL",
        Construction: "PASS",
        Croissance: "FAIL",
        Mémoire: "FAIL",
        HTML: "FAIL",
        Vérifications: "FAIL",
        Reconstruction: "FAIL",
      },
    );
    assert.equal(
      evaluateTargets(result([run(4000, 5000, {})])).find((target) => target.label.startsWith("Croissance"))?.status,
      "n/a",
    );
  });

  it("lists the targets in the Markdown with their measure", () => {
    const report = formatReport(result([run(1000, 1200, {}), run(4000, 5000, {})], 400));
    assert.match(report, /^\| Eleventy ≤ 1,5 × plancher à 4000 pages \| 1,25 × \| PASS \|$/m);
    assert.match(report, /^\| Reconstruction incrémentale < 1 s \(1000 pages\) \| 400 ms \| PASS \|$/m);
  });

  it("says what a build with an empty image cache costs over one whose variants are in the cache", () => {
    const warm = run(1000, 2000, { search: 1000 });
    const cold = run(1000, 9000, { search: 1000 });
    warm.site.images = { originals: 1249, variants: 7494, encoded: 0, fromCache: 7494, milliseconds: 900 };
    const report = formatReport(
      result([{ ...warm, coldSite: { ...cold.site, images: { ...warm.site.images, encoded: 7494, fromCache: 0 } } }]),
    );
    assert.match(
      report,
      /1000 pages, caches vides \(7494 variantes AVIF et WebP de 1249 images, 7494 à encoder ; 0 diagrammes à dessiner dans Chromium\) : construction complète 10,00 s, Eleventy 9,00 s, soit 7,00 s de plus qu’avec les caches remplis \(0 variantes encodées\)\./,
    );
    assert.doesNotMatch(formatReport(result([warm])), /caches vides/);
  });

  it("says how much of the whole-build target the search step leaves to Eleventy and the checks", () => {
    const report = formatReport(result([run(4000, 8000, { checks: 1000, search: 7000 })]));
    assert.match(
      report,
      /à 4000 pages : l’étape `search` .* vaut à elle seule 1,75 × le plancher ; .* il reste 1,25 × le plancher pour Eleventy et les vérifications\./,
    );
    assert.doesNotMatch(formatReport(result([run(4000, 8000, { checks: 1000 })])), /Part de la recherche/);
  });
});

describe("the bench plot", () => {
  const svg = plotSvg(result([run(1000, 2000, { pagefind: 500 }), run(4000, 8000, { pagefind: 2000 })]));

  it("is one SVG document with a point per size for ours, our Eleventy phase and the floor", () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
    assert.equal(svg.match(/<svg/g)?.length, 1);
    assert.match(svg, /<\/svg>\n$/);
    assert.equal(svg.match(/<circle /g)?.length, 6);
    assert.equal(svg.match(/<polyline /g)?.length, 4);
    assert.match(svg, /<title>Construction complète : 4000 pages, 10,00 s<\/title>/);
  });

  it("escapes its text and balances its elements", () => {
    assert.doesNotMatch(svg.replace(/&(amp|lt|gt|quot);/g, ""), /&/);
    for (const element of ["g", "title", "text", "circle"]) {
      assert.equal(
        svg.match(new RegExp(`<${element}[ >]`, "g"))?.length,
        svg.match(new RegExp(`</${element}>`, "g"))?.length,
        element,
      );
    }
  });

  it("rounds its axis ticks to 1, 2 or 5 times a power of ten, past the largest value", () => {
    assert.deepEqual(ticks(4000), [0, 1000, 2000, 3000, 4000]);
    assert.deepEqual(ticks(10.4), [0, 5, 10, 15]);
    assert.deepEqual(ticks(0.9), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

function result(runs: BenchRun[], devMs?: number): BenchResult {
  return {
    date: "2026-01-01T00:00:00.000Z",
    machine: {
      cpus: 2,
      cpuModel: "test",
      memoryBytes: 8 * 1024 ** 3,
      node: "v20",
      platform: "linux",
      loadAverage: [1, 1, 1],
    },
    seed: 1,
    repeat: 1,
    runs,
    devServer:
      devMs === undefined
        ? undefined
        : {
            pages: 1000,
            firstBuildMs: 3000,
            rebuildsMs: [devMs],
            medianMs: devMs,
            rebuildsCpuMs: [devMs / 2],
            medianCpuMs: devMs / 2,
          },
  };
}

function run(
  pages: number,
  eleventyMs: number,
  steps: Record<string, number>,
  peakRssBytes = 500e6,
  averageHtmlBytes = 20_000,
): BenchRun {
  const timings = { eleventy: eleventyMs, ...steps };
  const totalMs = Object.values(timings).reduce((sum, ms) => sum + ms, 0);
  return {
    pages,
    site: {
      ok: true,
      timings,
      findings: [],
      maxRssBytes: peakRssBytes,
      cpuMs: totalMs,
      totalMs,
      wallMs: totalMs + 1000,
      peakRssBytes,
    },
    floor: {
      ok: true,
      timings: { eleventy: pages },
      findings: [],
      maxRssBytes: 1e8,
      cpuMs: pages,
      totalMs: pages,
      wallMs: pages + 800,
      peakRssBytes: 1e8,
    },
    output: {
      siteBytes: pages * 30_000,
      htmlPages: pages,
      averageHtmlBytes,
      largestHtml: { path: "fr/plan-du-site/index.html", bytes: pages * 100 },
      pagefindBytes: undefined,
    },
  };
}
