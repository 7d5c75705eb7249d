import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { createDiagramCache, pruneDiagramCache } from "../../lib/diagrams/diagram-cache.ts";

const folder = () => mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));

describe("diagram cache", () => {
  it("gives back what was stored for the same source, and nothing for another", () => {
    const cache = createDiagramCache<{ svg: string }>(folder(), "mermaid 11");
    cache.set("flowchart LR\n a --> b", { svg: "<svg/>" });
    assert.deepEqual(cache.get("flowchart LR\n a --> b"), { svg: "<svg/>" });
    assert.equal(cache.get("flowchart LR\n a --> c"), undefined);
  });

  it("misses every entry when the tools change", () => {
    const dir = folder();
    createDiagramCache(dir, "mermaid 11").set("flowchart LR", { svg: "<svg/>" });
    assert.equal(createDiagramCache(dir, "mermaid 12").get("flowchart LR"), undefined);
  });

  it("is shared by builds: another cache on the same folder reads the entry", () => {
    const dir = folder();
    createDiagramCache(dir, "k").set("a", { error: "Parse error", line: 2 });
    assert.deepEqual(createDiagramCache(dir, "k").get("a"), { error: "Parse error", line: 2 });
  });

  it("prunes the entries no build used for the given days, and keeps those just read", () => {
    const dir = folder();
    const cache = createDiagramCache(dir, "k");
    cache.set("ancien", 1);
    cache.set("récent", 2);
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const file of files(dir)) utimesSync(path.join(dir, file), old, old);
    cache.get("récent");
    assert.equal(pruneDiagramCache(dir, 30), 1);
    assert.equal(files(dir).length, 1);
    assert.equal(createDiagramCache(dir, "k").get("récent"), 2);
  });
});
