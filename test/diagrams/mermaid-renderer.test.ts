import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import {
  BrowserUnavailable,
  createMermaidRenderer,
  type MermaidRenderer,
} from "../../lib/diagrams/mermaid-renderer.ts";
import { CHROMIUM } from "../support/browser.ts";

const FLOWCHART =
  "---\ntitle: Livraison\n---\nflowchart LR\n  ds[(Donnée stockée)] --> c[Configuration]\n  classDef x fill:#ff8000\n  class c x\n";

describe("Mermaid at build time, in Debian's Chromium", () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
  let renderer: MermaidRenderer;
  before(() => {
    renderer = createMermaidRenderer({ cacheDir, chromium: CHROMIUM });
  });
  after(() => renderer.close());

  it("draws an SVG whose styles are presentation attributes: no <style>, no style attribute", async () => {
    const result = await renderer.render(FLOWCHART);
    assert.ok("svg" in result, JSON.stringify(result));
    const { svg } = result;
    assert.ok(/^<svg id="diagramme-[0-9a-f]{8}"/.test(svg), svg.slice(0, 100));
    assert.ok(svg.includes(">Donnée</tspan><tspan") && svg.includes("> stockée<"), "the labels are SVG text");
    assert.deepEqual(svg.match(/<style|\sstyle=|<foreignObject/g), null);
    assert.ok(svg.includes('fill="#ff8000"'), "the classDef's colour is baked");
    assert.ok(!svg.includes(">Livraison<"), "the title is the figure's caption, not text inside the picture");
  });

  it("gives Mermaid's error with its line in the fence, the header's lines counted", async () => {
    const result = await renderer.render("---\ntitle: T\n---\nflowchart LR\n  a -> b\n");
    assert.ok("error" in result);
    assert.equal(result.line, 5);
    assert.match(result.error, /Expecting .*got 'MINUS'/);
  });

  it("gives line 1 for an unknown diagram type", async () => {
    const result = await renderer.render("flowchar LR\n  a --> b\n");
    assert.deepEqual("error" in result && result.line, 1);
  });

  it("serves a diagram it drew before from its cache, without starting a browser", async () => {
    const again = createMermaidRenderer({ cacheDir, chromium: "/nonexistent/chromium" });
    const result = await again.render(FLOWCHART);
    assert.ok("svg" in result);
    assert.equal(again.browserStarted, false);
    await again.close();
  });

  it("says Chromium is missing when a diagram must be drawn without it", async () => {
    const without = createMermaidRenderer({ cacheDir, chromium: "/nonexistent/chromium" });
    await assert.rejects(without.render("flowchart LR\n  x --> y\n"), (error: Error) => {
      assert.ok(error instanceof BrowserUnavailable);
      assert.equal(error.message, "Chromium introuvable (/nonexistent/chromium)");
      return true;
    });
    await without.close();
  });
});
