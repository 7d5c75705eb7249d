import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { readProjectFile } from "../../lib/pages/read-project-file.ts";

const root = path.resolve("test/fixtures/dsfr-bodies");

describe("reading a file of the project for a page (readFILE)", () => {
  it("gives the text of a file, from its path relative to the project's root", () => {
    assert.deepEqual(readProjectFile(root, "public/data/exemples/traitements.json"), {
      text: '{\n    "processings": ["integration-vecteur", "generation-pyramide"]\n}\n',
    });
  });

  it("reads a path that starts with / from the project's root too", () => {
    assert.ok("text" in readProjectFile(root, "/public/data/exemples/traitements.json"));
  });

  it("refuses a file outside the project, however the path gets there", () => {
    for (const requested of ["../../package.json", "public/../../clean/content/fr/index.md", "/../dsfr-fields/x"])
      assert.match(
        "problem" in readProjectFile(root, requested)
          ? (readProjectFile(root, requested) as { problem: { message: string } }).problem.message
          : "",
        /hors du projet/,
        requested,
      );
  });

  it("names the closest file when the one asked for is missing", () => {
    const read = readProjectFile(root, "public/data/exemples/traitement.json");
    assert.deepEqual(read, {
      problem: {
        message: 'readFILE : fichier "public/data/exemples/traitement.json" introuvable',
        fix: 'vouliez-vous dire "public/data/exemples/traitements.json" ?',
      },
    });
  });

  it("refuses what is not a path", () => {
    assert.ok("problem" in readProjectFile(root, undefined));
    assert.ok("problem" in readProjectFile(root, "  "));
  });
});
