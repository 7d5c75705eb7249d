import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acceptedLanguageNames, resolveLanguage } from "../../lib/code/code-languages.ts";

describe("code fence languages", () => {
  it("know a language by its name or an alias, whatever the case", () => {
    assert.deepEqual(
      ["json", "JSON", "sh", "yml", "js"].map((name) => {
        const resolved = resolveLanguage(name);
        return resolved.kind === "known" ? resolved.id : resolved.kind;
      }),
      ["json", "json", "bash", "yaml", "javascript"],
    );
  });

  it("take plain, text and no name as plain text on purpose", () => {
    for (const name of ["", "plain", "text", "TEXT"]) assert.equal(resolveLanguage(name).kind, "plain");
  });

  it("name the language nobody knows", () => {
    assert.deepEqual(resolveLanguage("jsonc"), { kind: "unknown", name: "jsonc" });
  });

  it("list every accepted name, aliases included, sorted", () => {
    const names = acceptedLanguageNames();
    assert.ok(names.includes("njk") && names.includes("sh") && names.includes("yaml"));
    assert.deepEqual(names, [...names].sort());
  });
});
