import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseBenchArguments } from "../../../tools/bench/bench-arguments.ts";

describe("the options of npm run bench", () => {
  it("measure 1,000 and 4,000 pages with the dev server when none are given", () => {
    assert.deepEqual(parseBenchArguments([]), {
      sizes: [1000, 4000],
      seed: 1,
      repeat: 3,
      outDir: "bench-results",
      devServer: true,
      profile: false,
      keep: false,
    });
  });

  it("take sizes repeated, in a list or after an equals sign, sorted and without duplicates", () => {
    assert.deepEqual(
      parseBenchArguments(["--pages", "4000", "--pages=500,1000", "--pages", "500"]).sizes,
      [500, 1000, 4000],
    );
  });

  it("read the other options", () => {
    const options = parseBenchArguments([
      "--seed",
      "7",
      "--repeat=3",
      "--out",
      "/tmp/x",
      "--no-dev",
      "--profile",
      "--keep",
    ]);
    assert.deepEqual(options, {
      sizes: [1000, 4000],
      seed: 7,
      repeat: 3,
      outDir: "/tmp/x",
      devServer: false,
      profile: true,
      keep: true,
    });
  });

  it("take a real site to compare with, instead of the synthetic sizes", () => {
    assert.equal(parseBenchArguments(["--real-site", "../documentation"]).realSite, "../documentation");
    assert.equal("realSite" in parseBenchArguments([]), false);
  });

  it("refuse an unknown option or a size that is not a positive integer, in French", () => {
    assert.throws(() => parseBenchArguments(["--page", "10"]), /option inconnue « --page »/);
    assert.throws(() => parseBenchArguments(["--pages", "mille"]), /--pages attend un entier positif, reçu « mille »/);
    assert.throws(() => parseBenchArguments(["--pages", "0"]), /entier positif/);
  });
});
