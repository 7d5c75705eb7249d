import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CommandLineError, parseCommandLine } from "../../lib/shared/command-line.ts";

const OPTIONS = { dir: { type: "string" }, json: { type: "boolean" } } as const;

describe("the options of a command", () => {
  it("are read with their values, after a space or an equals sign", () => {
    assert.deepEqual(parseCommandLine(["--dir", "_site", "--json"], OPTIONS).values, { dir: "_site", json: true });
    assert.deepEqual(parseCommandLine(["--dir=public"], OPTIONS).values, { dir: "public" });
  });

  it("refuse an unknown option in French, listing those the command takes", () => {
    assert.throws(
      () => parseCommandLine(["--dri=x"], OPTIONS),
      new CommandLineError("option inconnue « --dri » : options possibles --dir, --json"),
    );
  });

  it("say when a value is missing, or given to an option that takes none", () => {
    assert.throws(() => parseCommandLine(["--dir"], OPTIONS), /option « --dir » : une valeur est attendue après elle/);
    assert.throws(() => parseCommandLine(["--json=oui"], OPTIONS), /option « --json » : elle ne prend pas de valeur/);
  });

  it("refuse a stray argument unless the command takes some", () => {
    assert.throws(() => parseCommandLine(["site"], OPTIONS), /argument inattendu « site »/);
    assert.deepEqual(parseCommandLine(["site"], OPTIONS, { positionals: true }).positionals, ["site"]);
  });
});
