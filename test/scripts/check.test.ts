import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildFixture } from "../support/build-fixture.ts";

/** Runs `npm run check` (its script, without npm's banner) and returns its exit code and output. */
async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/check.ts",
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe("`npm run check` checks a site already built", () => {
  let clean: string;
  let broken: string;
  before(async () => {
    clean = (await buildFixture("clean")).outputDir;
    // The same site, with an image removed after the build.
    broken = (await buildFixture("clean")).outputDir;
    rmSync(path.join(broken, "img/carte.png"));
  });

  it("exits 0 and says so when nothing is wrong", async () => {
    assert.deepEqual(await check(`--dir=${clean}`), { code: 0, stdout: "Aucun problème trouvé.\n", stderr: "" });
  });

  it("exits 1 and names the Markdown source and line of each problem", async () => {
    const { code, stdout } = await check(`--dir=${broken}`);
    assert.equal(code, 1);
    assert.equal(
      stdout,
      [
        "test/fixtures/clean/content/fr/guide/premiere-page.md",
        '  test/fixtures/clean/content/fr/guide/premiere-page.md:23 erreur : image "/img/carte.png" introuvable — ajoutez le fichier test/fixtures/clean/public/img/carte.png, ou corrigez l’adresse',
        "",
        "1 erreur, 0 avertissement.",
        "",
      ].join("\n"),
    );
  });

  it("writes the same findings as JSON with --json, for CI", async () => {
    const { code, stdout } = await check(`--dir=${broken}`, "--json");
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), {
      errors: 1,
      warnings: 0,
      findings: [
        {
          file: "test/fixtures/clean/content/fr/guide/premiere-page.md",
          line: 23,
          severity: "error",
          rule: "image-missing",
          message: 'image "/img/carte.png" introuvable',
          fix: "ajoutez le fichier test/fixtures/clean/public/img/carte.png, ou corrigez l’adresse",
        },
      ],
    });
  });

  it("exits 1 with a message when the folder was not built", async () => {
    const { code, stderr } = await check("--dir=test/fixtures/clean/content");
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^Vérification impossible : test\/fixtures\/clean\/content\/\.pages\.json introuvable : ce dossier n’a pas été construit par « npm run build » \(lancez-le d’abord\)\n$/,
    );
  });
});
