import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { applyMigration } from "../lib/migrate/apply-migration.ts";
import { formatMigrationReport } from "../lib/migrate/format-report.ts";
import { planMigration } from "../lib/migrate/plan-migration.ts";
import { filesOnDisk } from "../lib/migrate/site-files.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm run migrate -- <dossier d’un site eleventy-dsfr> [--dry-run] [--replace]`: imports the
 * site's pages, folder data and public files into this project, instead of the sample pages,
 * changing front matter and data files only, and prints what it did and why. Exit code 1 when
 * project files differ from the imported ones (nothing is then written), 2 on a wrong command.
 */
const { values, positionals } = readCommandLine(
  { "dry-run": { type: "boolean", default: false }, replace: { type: "boolean", default: false } },
  { positionals: true },
);
const [source] = positionals;
if (!source || positionals.length > 1) {
  console.error("usage : npm run migrate -- <dossier d’un site eleventy-dsfr> [--dry-run] [--replace]");
  process.exit(2);
}
if (!existsSync(path.join(source, "content")) || !statSync(path.join(source, "content")).isDirectory()) {
  console.error(
    `${source} : pas de dossier content/ — indiquez le dossier racine d’un site fait avec les gabarits eleventy-dsfr (celui qui contient content/, public/ et _includes/)`,
  );
  process.exit(2);
}

const project = process.cwd();
const plan = planMigration(filesOnDisk(source), filesOnDisk(project), { replace: values.replace });
const asideDir = path.join(".migration", `mis-de-cote-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}`);
const dryRun = values["dry-run"];
if (!dryRun && plan.conflicts.length === 0) applyMigration(plan, project, asideDir);
console.log(formatMigrationReport(plan, { source, project: ".", asideDir, dryRun }));
process.exitCode = plan.conflicts.length > 0 ? 1 : 0;
