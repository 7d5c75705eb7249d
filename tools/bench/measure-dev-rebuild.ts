import { spawn } from "node:child_process";
import { once } from "node:events";
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import { processCpuMs } from "./process-stats.ts";

/**
 * The editor's loop, measured: starts the dev server as `npm start` does (`--serve
 * --incremental`, real configuration) on a site, waits for the first build, then edits one
 * page several times and measures how long until the browser is told to reload (Eleventy logs
 * « Watching… » once the rebuild and its hooks are done) with the served page showing the change.
 */
export async function measureDevRebuild(site: DevSite, edits = 3, timeoutMs = 180_000): Promise<DevRebuildMeasure> {
  const port = await freePort();
  const url = `http://localhost:${port}${site.url}`;
  const server = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      "--serve",
      "--incremental",
      `--port=${port}`,
      `--input=${site.input}`,
      `--output=${site.output}`,
    ],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  let rebuildsDone = 0;
  server.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    rebuildsDone = log.split("Watching…").length - 1;
  });
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const until = (ready: () => boolean | Promise<boolean>) =>
    waitFor(
      ready,
      timeoutMs,
      () =>
        `le serveur de développement n’a pas servi ${url} à temps :\n${log.trim().split("\n").slice(-20).join("\n")}`,
    );
  try {
    const started = performance.now();
    await until(async () => rebuildsDone > 0 && (await served(url)).length > 0);
    const firstBuildMs = performance.now() - started;
    // The watcher scans the folders once the first build is done; an edit before that is missed.
    await sleep(3000);
    const rebuildsMs: number[] = [];
    const rebuildsCpuMs: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Modification mesurée numéro ${edit} du banc d’essai.`;
      const before = rebuildsDone;
      const cpuBefore = processCpuMs(server.pid!) ?? 0;
      const edited = performance.now();
      appendFileSync(path.join(PROJECT_ROOT, site.input, site.file), `\n\n${marker}\n`);
      await until(async () => rebuildsDone > before && (await served(url)).includes(marker));
      rebuildsMs.push(performance.now() - edited);
      rebuildsCpuMs.push((processCpuMs(server.pid!) ?? 0) - cpuBefore);
      // Lets the watcher settle so that each edit is a rebuild of its own.
      await sleep(500);
    }
    return {
      firstBuildMs,
      rebuildsMs,
      medianMs: median(rebuildsMs),
      rebuildsCpuMs,
      medianCpuMs: median(rebuildsCpuMs),
    };
  } finally {
    server.kill("SIGTERM");
    if (server.exitCode === null) await once(server, "exit");
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function waitFor(
  ready: () => boolean | Promise<boolean>,
  timeoutMs: number,
  failure: () => string,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await ready()) return;
    await sleep(10);
  }
  throw new Error(failure());
}

async function served(url: string): Promise<string> {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok ? await response.text() : "";
  } catch {
    // The server is not listening yet.
    return "";
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("aucun port libre")),
      );
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
  /** From start to the end of the first build. */
  firstBuildMs: number;
  /** From each edit to the reload, the served page showing the change. */
  rebuildsMs: number[];
  medianMs: number;
  /** Processor time the dev server spent on each rebuild (watcher included): less sensitive than durations to a busy machine. */
  rebuildsCpuMs: number[];
  medianCpuMs: number;
}
