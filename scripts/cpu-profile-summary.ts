import { readFileSync } from "node:fs";
import { PROJECT_ROOT } from "../lib/pipeline/build-site.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";
import { summariseCpuProfile } from "../tools/bench/cpu-profile-summary.ts";

/**
 * `npx tsx scripts/cpu-profile-summary.ts <fichier.cpuprofile> [lignes]`: prints where a profile
 * taken with `node --cpu-prof` (or `npm run bench -- --profile`) spent its time.
 */
const [file, rows = "25"] = readCommandLine({}, { positionals: true }).positionals;
if (!file) {
  console.error("usage : npx tsx scripts/cpu-profile-summary.ts <fichier.cpuprofile> [lignes]");
  process.exit(2);
}
const summary = summariseCpuProfile(JSON.parse(readFileSync(file, "utf8")), PROJECT_ROOT);
const percent = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)} %`;
for (const [title, list] of [
  ["Temps propre par module", summary.modules],
  ["Temps propre par fonction", summary.self],
  ["Temps total (appels compris) par fonction", summary.total],
] as const) {
  console.log(`\n${title} (sur ${(summary.totalMs / 1000).toFixed(2)} s)`);
  for (const [label, ms] of list.slice(0, Number(rows)))
    console.log(`${percent(ms)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${label}`);
}
