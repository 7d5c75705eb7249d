import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { firstNonUtf8Line } from "../../lib/shared/text-encoding.ts";

describe("a file that is not UTF-8", () => {
  it("is found at the line of its first byte that is not", () => {
    assert.equal(firstNonUtf8Line(Buffer.from("---\ntitle: A\n---\n\nPremi\xe8re\n", "latin1")), 5);
    assert.equal(firstNonUtf8Line(Buffer.from("Première ligne\n« Deuxième » ligne, �\n", "utf8")), undefined);
  });
});
