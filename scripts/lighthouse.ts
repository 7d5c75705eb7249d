import { writeFileSync } from "node:fs";
import path from "node:path";
import { CommandLineError, readCommandLine } from "../lib/shared/command-line.ts";
import {
  formatLighthouseTable,
  LIGHTHOUSE_TARGETS,
  missedTargets,
  summarizePage,
} from "../tools/lighthouse/lighthouse-summary.ts";
import { LIGHTHOUSE_PAGES, LIGHTHOUSE_VERSION, runLighthouse } from "../tools/lighthouse/run-lighthouse.ts";

/**
 * `npm run lighthouse [-- --runs 5 --page /aide/fr/ --site _site --out reports/lighthouse]`: the
 * median of several Lighthouse runs (mobile preset) on the connection guide, the home page and the
 * search page (with and without a query), behind nginx; prints a table, writes it with every JSON
 * report, and exits 1 when a median misses its target: performance 95, the other categories 100.
 * A command rather than a test: its scores follow the machine's load.
 */
const { values } = readCommandLine({
  runs: { type: "string", default: "5" },
  page: { type: "string", multiple: true },
  site: { type: "string" },
  out: { type: "string", default: "reports/lighthouse" },
  "min-idle": { type: "string", default: "0.7" },
  "max-wait": { type: "string", default: "120" },
});
const number = (text: string, option: string, min: number) => {
  const value = Number(text);
  if (Number.isNaN(value) || value < min) {
    console.error(new CommandLineError(`${option} attend un nombre d’au moins ${min}, reçu « ${text} »`).message);
    process.exit(2);
  }
  return value;
};
const pages = values.page ?? LIGHTHOUSE_PAGES;
const runs = await runLighthouse(
  {
    pages,
    runs: number(values.runs, "--runs", 1),
    siteDir: values.site,
    outDir: values.out,
    minIdle: number(values["min-idle"], "--min-idle", 0),
    maxWaitSeconds: number(values["max-wait"], "--max-wait", 0),
  },
  (line) => console.log(line),
);
const summaries = Object.fromEntries(Object.entries(runs).map(([page, list]) => [page, summarizePage(list)]));
const table = formatLighthouseTable(summaries);
const missed = missedTargets(summaries, LIGHTHOUSE_TARGETS);
const report = [
  `Lighthouse ${LIGHTHOUSE_VERSION}, préréglage mobile, médiane [min–max] de ${values.runs} mesures par page :`,
  "",
  table,
  "",
  missed.length === 0
    ? "Tous les objectifs sont atteints."
    : `Objectifs manqués :\n${missed.map((line) => `- ${line}`).join("\n")}`,
].join("\n");
console.log(`\n${report}`);
writeFileSync(path.join(values.out, "lighthouse.md"), `${report}\n`);
writeFileSync(path.join(values.out, "lighthouse.json"), `${JSON.stringify({ runs, summaries, missed }, null, 2)}\n`);
console.log(`\nRapports dans ${values.out}/.`);
process.exitCode = missed.length === 0 ? 0 : 1;
