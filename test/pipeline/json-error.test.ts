import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jsonSyntaxProblem } from "../../lib/pipeline/json-error.ts";

describe("a JSON data file that cannot be read", () => {
  it("is said at the line to fix, in French", () => {
    assert.deepEqual(jsonSyntaxProblem('{\n  "layout": "x",\n}\n'), {
      line: 2,
      reason: "virgule en trop avant la fin d’un objet, ou nom de champ sans guillemets droits",
    });
    assert.deepEqual(jsonSyntaxProblem('{\n  "a": 1\n  "b": 2\n}'), {
      line: 2,
      reason: "virgule manquante après une valeur",
    });
    assert.deepEqual(jsonSyntaxProblem("{\n  \"a\": 'x'\n}"), {
      line: 2,
      reason: 'apostrophes au lieu de guillemets droits ("…")',
    });
    assert.deepEqual(jsonSyntaxProblem('{\n  "a": { "b": 1\n}'), { line: 1, reason: "« { » jamais fermé" });
    assert.deepEqual(jsonSyntaxProblem('{\n  "a": "x\n}'), {
      line: 2,
      reason: "retour à la ligne ou tabulation dans un texte entre guillemets (écrivez \\n)",
    });
  });

  it("and nothing is said of a file that is JSON", () => {
    assert.equal(jsonSyntaxProblem('{ "a": [1, 2] }'), undefined);
  });
});
