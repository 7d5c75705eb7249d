import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exitOnCommandLineError } from "../lib/shared/command-line.ts";
import { parseBenchArguments } from "../tools/bench/bench-arguments.ts";
import { formatRealSiteReport } from "../tools/bench/format-real-site-report.ts";
import { formatReport } from "../tools/bench/format-report.ts";
import { plotSvg } from "../tools/bench/plot-svg.ts";
import { compareWithRealSite } from "../tools/bench/real-site-comparison.ts";
import { runBench } from "../tools/bench/run-bench.ts";
import { evaluateTargets } from "../tools/bench/targets.ts";

/**
 * `npm run bench [-- --pages 1000 --pages 4000 --repeat 1 --no-dev --profile --keep]`: builds
 * synthetic sites of each size with our pipeline and with bare Eleventy, and writes the figures
 * (JSON, Markdown, SVG plot) into `bench-results/`. `npm run bench -- --real-site <dossier>`
 * builds instead a real eleventy-dsfr site with its own toolchain and, migrated, with ours, side
 * by side (`bench-results/site-reel.{json,md}`).
 */
const options = (() => {
  try {
    return parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    return exitOnCommandLineError(error);
  }
})();
if (options.realSite) {
  const comparison = await compareWithRealSite(options.realSite, options, (line) => console.log(line));
  const report = formatRealSiteReport(comparison);
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(path.join(options.outDir, "site-reel.json"), `${JSON.stringify(comparison, null, 2)}\n`);
  writeFileSync(path.join(options.outDir, "site-reel.md"), report);
  console.log(`\n${report}\nRésultats dans ${options.outDir}/ (site-reel.json, site-reel.md).`);
  process.exit(0);
}
const result = await runBench(options, (line) => console.log(line));
const report = formatReport(result);
mkdirSync(options.outDir, { recursive: true });
writeFileSync(
  path.join(options.outDir, "bench.json"),
  `${JSON.stringify({ ...result, targets: evaluateTargets(result) }, null, 2)}\n`,
);
writeFileSync(path.join(options.outDir, "bench.md"), report);
writeFileSync(path.join(options.outDir, "bench.svg"), plotSvg(result));
console.log(`\n${report}\nRésultats dans ${options.outDir}/ (bench.json, bench.md, bench.svg).`);
