import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildFixture } from "../support/build-fixture.ts";

describe("`npm run check -- --format=github` annotates the sources for GitHub Actions", () => {
  let broken: string;
  before(async () => {
    // The clean fixture, with an image removed after the build.
    broken = (await buildFixture("clean")).outputDir;
    rmSync(path.join(broken, "img/carte.png"));
  });

  it("prints an ::error annotation on the Markdown line, then the report an editor reads, and exits 1", async () => {
    const failure = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/check.ts",
      `--dir=${broken}`,
      "--format=github",
    ]).then(
      () => assert.fail("the check should exit 1"),
      (caught: { code: number; stdout: string }) => caught,
    );
    assert.equal(failure.code, 1);
    const [annotation, ...report] = failure.stdout.split("\n");
    assert.equal(
      annotation,
      '::error file=test/fixtures/clean/content/fr/guide/premiere-page.md,line=23,title=vérification image-missing::image "/img/carte.png" introuvable — ajoutez le fichier test/fixtures/clean/public/img/carte.png, ou corrigez l’adresse',
    );
    assert.equal(report[0], "test/fixtures/clean/content/fr/guide/premiere-page.md");
    assert.equal(report.at(-2), "1 erreur, 0 avertissement.");
  });
});
