import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatMigrationReport } from "../../lib/migrate/format-report.ts";
import { planMigration } from "../../lib/migrate/plan-migration.ts";
import { filesOnDisk } from "../../lib/migrate/site-files.ts";
import { memoryFiles } from "../support/memory-files.ts";

const CONTEXT = { source: "site-source", project: ".", asideDir: ".migration/mis-de-cote-x" };

describe("the migration's report", () => {
  const plan = planMigration(filesOnDisk("test/fixtures/eleventy-dsfr-site"), memoryFiles());
  const report = formatMigrationReport(plan, CONTEXT);

  it("names each page whose front matter changed, and why", () => {
    assert.match(
      report,
      /content\/fr\/guide-exemple\/premiere-page\.md : champ « eleventyNavigation\.permalink » retiré : sans effet/,
    );
  });

  it("groups the converted data files by what was done, file by file", () => {
    assert.match(
      report,
      /Données de dossier converties :\n {2}content\/fr\/fr\.11tydata\.js → \.cjs : contient du code \(permalink\)/,
    );
    assert.match(
      report,
      / {2}données seules : écrites en JSON :\n {4}content\/feed|content\/fr\/guide-exemple\/guide-exemple\.11tydata\.js → \.json/,
    );
  });

  it("says what the generator replaces and what is left behind, then what to do next", () => {
    assert.match(report, /Pages du site source remplacées par celles du générateur :/);
    assert.match(report, /Non repris :\n {2}_data\/ : données globales/);
    assert.match(report, /fichiers écrits\. Lancez maintenant « npm run build »/);
  });

  it("lists the conflicts and the two ways out, and says nothing was written", () => {
    const conflicting = planMigration(
      filesOnDisk("test/fixtures/eleventy-dsfr-site"),
      memoryFiles({ "content/fr/guide-exemple.md": "---\ntitle: Ma version\n---\n" }),
    );
    const text = formatMigrationReport(conflicting, CONTEXT);
    assert.match(
      text,
      /1 fichier du projet diffère de celui à importer ; rien n’a été écrit :\n {2}content\/fr\/guide-exemple\.md \(page\)/,
    );
    assert.match(text, /relancez avec --replace/);
  });
});
