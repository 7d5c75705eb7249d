import { spawn } from "node:child_process";
import { once } from "node:events";
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PROJECT_ROOT } from "../build/build-site.ts";

/**
 * The editor's loop, measured: starts the dev server as `npm start` does (`--serve
 * --incremental`, real configuration) on a site, waits for the first build, then edits one
 * page several times and measures how long the served page takes to show each change.
 */
export async function measureDevRebuild(site: DevSite, edits = 3, timeoutMs = 180_000): Promise<DevRebuildMeasure> {
  const port = await freePort();
  const url = `http://localhost:${port}${site.url}`;
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", "--incremental", `--port=${port}`, `--input=${site.input}`, `--output=${site.output}`],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const started = performance.now();
    await waitForPage(url, (html) => html.length > 0, timeoutMs, () => stderr);
    const firstBuildMs = performance.now() - started;
    const rebuildsMs: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Modification mesurée numéro ${edit} du banc d’essai.`;
      const edited = performance.now();
      appendFileSync(path.join(PROJECT_ROOT, site.input, site.file), `\n\n${marker}\n`);
      await waitForPage(url, (html) => html.includes(marker), timeoutMs, () => stderr);
      rebuildsMs.push(performance.now() - edited);
      // Lets the watcher settle so that each edit is a rebuild of its own.
      await sleep(500);
    }
    return { firstBuildMs, rebuildsMs, medianMs: [...rebuildsMs].sort((a, b) => a - b)[Math.floor(rebuildsMs.length / 2)] };
  } finally {
    server.kill("SIGTERM");
    if (server.exitCode === null) await once(server, "exit");
  }
}

async function waitForPage(url: string, ready: (html: string) => boolean, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url, { cache: "no-store" });
      if (response.ok && ready(await response.text())) return;
    } catch {
      // The server is not listening yet.
    }
    await sleep(10);
  }
  throw new Error(`le serveur de développement n’a pas servi ${url} à temps :\n${log().trim()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("aucun port libre"))));
    });
  });
}

export interface DevSite {
  /** Content folder, relative to the project root. */
  input: string;
  /** Where the dev server writes. */
  output: string;
  /** The page edited, relative to the content folder, and its URL. */
  file: string;
  url: string;
}

export interface DevRebuildMeasure {
  /** From start to the first page served. */
  firstBuildMs: number;
  /** From each edit to the served page showing it. */
  rebuildsMs: number[];
  medianMs: number;
}
