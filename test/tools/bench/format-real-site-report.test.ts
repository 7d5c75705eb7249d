import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatRealSiteReport } from "../../../tools/bench/format-real-site-report.ts";
import type { RealSiteComparison } from "../../../tools/bench/real-site-comparison.ts";

const SIZES = {
  siteBytes: 200 * 1024 * 1024,
  htmlPages: 380,
  averageHtmlBytes: 90 * 1024,
  largestHtml: { path: "x", bytes: 1 },
};

function comparison(oursMs: number, ok = true): RealSiteComparison {
  return {
    date: "2026-12-01T10:00:00.000Z",
    repeat: 3,
    theirs: { build: { ok: true, wallMs: 25_000, cpuMs: 26_000, peakRssBytes: 1024 ** 3 }, output: SIZES },
    ours: {
      build: { ok, wallMs: oursMs, cpuMs: 6_000, peakRssBytes: 512 * 1024 ** 2 },
      output: { ...SIZES, averageHtmlBytes: 30 * 1024 },
    },
  };
}

describe("the report of the real site built both ways", () => {
  it("puts both builds side by side: time, processor, memory, pages, page weight, and whether it was published", () => {
    const report = formatRealSiteReport(comparison(5_000));
    assert.match(
      report,
      /\| Outil d’origine \(eleventy-dsfr, `npm run build`\) \| 25,00 s \| 26,00 s \| 1,00 Gio \| 380 \| 90,0 Kio \| 200,0 Mio \| publié \|/,
    );
    assert.match(
      report,
      /\| Ce générateur \(`npm run build`\) \| 5,00 s \| 6,00 s \| 512,0 Mio \| 380 \| 30,0 Kio \| 200,0 Mio \| publié \|/,
    );
  });

  it("says whether the generator takes at most a tenth of the original's time", () => {
    assert.match(
      formatRealSiteReport(comparison(5_000)),
      /prend 20,0 % du temps de l’outil d’origine \(objectif 10,0 % : NON ATTEINT\)/,
    );
    assert.match(formatRealSiteReport(comparison(2_400)), /prend 9,6 % du temps .* : ATTEINT\)/);
  });

  it("says when the generator refused to publish because of content errors, and what its time then leaves out", () => {
    const refused = comparison(5_000, false);
    delete refused.ours.output;
    const report = formatRealSiteReport(refused);
    assert.match(report, /\| 512,0 Mio \| — \| — \| — \| refusé \(erreurs de contenu\) \|/);
    assert.match(report, /s’arrête donc aux vérifications, sans l’index de recherche ni la compression/);
    assert.doesNotMatch(report, /Rapport des pages moyennes/);
  });
});
