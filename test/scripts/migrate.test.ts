import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

const SCRIPT = path.resolve("scripts/migrate.ts");
// The project folders are elsewhere: tsx is found from here, not from them.
const TSX = import.meta.resolve("tsx");
const SOURCE = path.resolve("test/fixtures/eleventy-dsfr-site");

/** `npm run migrate -- …` in a project folder of its own, holding the generator's sample home page. */
async function migrate(project: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", TSX, SCRIPT, ...args], {
      cwd: project,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function newProject(): string {
  const project = mkdtempSync(path.join(tmpdir(), "aide-migration-"));
  mkdirSync(path.join(project, "content/fr"), { recursive: true });
  cpSync("content/fr/index.md", path.join(project, "content/fr/index.md"));
  return project;
}

describe("npm run migrate", () => {
  it("imports a site, puts the sample home page aside, and says what it did", async () => {
    const project = newProject();
    const { code, stdout } = await migrate(project, SOURCE);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^Migration de .*eleventy-dsfr-site vers \./);
    assert.ok(existsSync(path.join(project, "content/fr/guide-exemple/guide-exemple.11tydata.json")));
    const [aside] = readdirSync(path.join(project, ".migration"));
    assert.match(aside ?? "", /^mis-de-cote-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d$/);
    assert.equal(
      readFileSync(path.join(project, ".migration", aside!, "content/fr/index.md"), "utf8"),
      readFileSync("content/fr/index.md", "utf8"),
    );
    assert.equal(
      readFileSync(path.join(project, "content/fr/index.njk"), "utf8"),
      readFileSync(path.join(SOURCE, "content/fr/index.njk"), "utf8"),
    );
  });

  it("does nothing the second time, and says so", async () => {
    const project = newProject();
    await migrate(project, SOURCE);
    const { code, stdout } = await migrate(project, SOURCE);
    assert.equal(code, 0);
    assert.match(stdout, /Le projet était déjà à jour : aucun fichier écrit\.\n$/);
  });

  it("writes nothing and exits 1 when a project file differs, then replaces it with --replace, keeping the old one", async () => {
    const project = newProject();
    const page = path.join(project, "content/fr/guide-exemple.md");
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, "---\ntitle: Ma version\n---\n");
    const refused = await migrate(project, SOURCE);
    assert.equal(refused.code, 1);
    assert.equal(existsSync(path.join(project, "content/fr/index.njk")), false, "nothing written");
    const replaced = await migrate(project, SOURCE, "--replace");
    assert.equal(replaced.code, 0, replaced.stdout);
    assert.match(replaced.stdout, /Fichiers du projet remplacés, l’ancien mis de côté/);
    assert.equal(readFileSync(page, "utf8"), readFileSync(path.join(SOURCE, "content/fr/guide-exemple.md"), "utf8"));
  });

  it("only tells, with --dry-run", async () => {
    const project = newProject();
    const { code, stdout } = await migrate(project, SOURCE, "--dry-run");
    assert.equal(code, 0);
    assert.match(stdout, /\(essai : rien n’est écrit\)/);
    assert.equal(existsSync(path.join(project, "content/fr/index.njk")), false);
  });

  it("refuses, in French with exit code 2, a folder that is not a site or a missing folder", async () => {
    const project = newProject();
    const notASite = await migrate(project, project);
    assert.equal(notASite.code, 0, "the project itself has a content/ folder");
    const missing = await migrate(project);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^usage : npm run migrate -- <dossier d’un site eleventy-dsfr>/);
    const empty = mkdtempSync(path.join(tmpdir(), "aide-vide-"));
    const noContent = await migrate(project, empty);
    assert.equal(noContent.code, 2);
    assert.match(
      noContent.stderr,
      /pas de dossier content\/ — indiquez le dossier racine d’un site fait avec les gabarits eleventy-dsfr/,
    );
  });
});
