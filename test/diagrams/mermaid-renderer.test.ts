import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
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

  it("lets a process that drew a diagram stop on SIGTERM, as the dev server must, its browser with it", async () => {
    const script = `
      import { createMermaidRenderer } from ${JSON.stringify(path.resolve("lib/diagrams/mermaid-renderer.ts"))};
      const renderer = createMermaidRenderer({ cacheDir: ${JSON.stringify(mkdtempSync(path.join(tmpdir(), "aide-diagrammes-")))}, chromium: ${JSON.stringify(CHROMIUM)} });
      await renderer.render("flowchart LR\\n  signal --> fin\\n");
      console.log("dessiné");
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await once(child.stdout, "data");
    const browsers = await spawnedBrowsers(child.pid!);
    assert.ok(browsers.length > 0, "a browser was started");
    child.kill("SIGTERM");
    const [code, signal] = (await Promise.race([
      once(child, "exit"),
      new Promise((resolve) => setTimeout(() => resolve(["still running"]), 10_000)),
    ])) as [number | string | null, string?];
    if (code === "still running") child.kill("SIGKILL");
    assert.equal(signal, "SIGTERM");
    // Chromium leaves when the pipe it is driven through closes, a moment after.
    for (let wait = 0; wait < 50 && browsers.some(isAlive); wait++)
      await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(browsers.filter(isAlive), [], "the browser is gone");
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

/** The ids of the Chromium processes `pid` started. */
async function spawnedBrowsers(pid: number): Promise<number[]> {
  const ps = spawn("ps", ["-o", "pid=,comm=", "--ppid", String(pid)]);
  let out = "";
  ps.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await once(ps, "exit");
  return out
    .split("\n")
    .filter((line) => /chrom/.test(line))
    .map((line) => Number.parseInt(line, 10));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
