import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "../../lib/pipeline/build-site.ts";
import { startNginx } from "../../test/support/nginx.ts";
import { CATEGORIES, type LighthouseReport, type RunSummary, summarizeReport } from "./lighthouse-summary.ts";

/**
 * Runs Lighthouse's mobile preset (a Moto G Power, simulated 4G throttling) `runs` times on each
 * page of the site built under /aide/ and served by nginx with deploy/nginx.conf, as production
 * serves it, in Debian's Chromium. Each run waits for a quiet machine first: on a shared machine
 * the scores follow the load (Lighthouse multiplies the long tasks it sees by four). Every JSON
 * report is kept in `outDir`.
 */
export async function runLighthouse(options: LighthouseOptions, log: (line: string) => void): Promise<LighthouseRuns> {
  const built = options.siteDir ? undefined : await buildUnderAide(log);
  const server = await startNginx(options.siteDir ?? built!);
  mkdirSync(options.outDir, { recursive: true });
  const runs: LighthouseRuns = {};
  try {
    for (const page of options.pages) {
      runs[page] = [];
      for (let run = 1; run <= options.runs; run++) {
        const idle = await waitForQuietMachine(options.minIdle, options.maxWaitSeconds * 1000);
        const file = path.join(options.outDir, `${page.replace(/[^a-z0-9]+/gi, "_")}-${run}.json`);
        const failure = await withRetries(() => lighthouseCli(server.url(page), file));
        if (failure) {
          log(
            `${page} ${run}/${options.runs} : mesure abandonnée après ${ATTEMPTS} essais (${failure.message.split("\n").slice(0, 2).join(" ")})`,
          );
          continue;
        }
        const summary = summarizeReport(JSON.parse(readFileSync(file, "utf8")) as LighthouseReport);
        runs[page].push(summary);
        const { scores, metrics } = summary;
        log(
          `${page} ${run}/${options.runs} : ${CATEGORIES.map((id) => scores[id]).join(" / ")} — FCP ${metrics.FCP.toFixed(0)} ms, LCP ${metrics.LCP.toFixed(0)} ms, TBT ${metrics.TBT.toFixed(0)} ms, CLS ${metrics.CLS.toFixed(3)} (processeur libre à ${Math.round(idle * 100)} %, indice ${summary.benchmarkIndex})`,
        );
      }
    }
  } finally {
    await server.stop();
    if (built) rmSync(path.dirname(built), { recursive: true, force: true });
  }
  return runs;
}

/**
 * Lighthouse now and then fails to record a trace on a loaded machine (« NO_NAVSTART »): a run is
 * tried again, `ATTEMPTS` times at most. Returns the last error when every attempt failed.
 */
async function withRetries(attempt: () => Promise<void>): Promise<Error | undefined> {
  let last: Error | undefined;
  for (let count = 1; count <= ATTEMPTS; count++) {
    try {
      await attempt();
      return undefined;
    } catch (error) {
      last = error as Error;
    }
  }
  return last;
}

const ATTEMPTS = 3;

async function buildUnderAide(log: (line: string) => void): Promise<string> {
  const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-lighthouse-")), "_site");
  log("Construction du site sous /aide/…");
  const result = await buildSite({ output, pathPrefix: "/aide/", inChildProcess: true });
  if (!result.ok)
    throw new Error(`la construction a échoué : ${result.findings.map((finding) => finding.message).join(" ; ")}`);
  return output;
}

/** One Lighthouse run in a fresh Chromium profile, its JSON report written to `outputPath`. */
function lighthouseCli(url: string, outputPath: string): Promise<void> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`Lighthouse s’est arrêté avec le code ${code} :\n${stderr.trim()}`)),
    );
  });
}

/**
 * Waits until at least `minIdle` of the processors' time was idle over 3 s (checked every 10 s,
 * `maxWaitMs` at most): other builds and tests on the machine would slow the page down. Returns
 * the idle share seen last.
 */
export async function waitForQuietMachine(minIdle: number, maxWaitMs: number): Promise<number> {
  const deadline = Date.now() + maxWaitMs;
  let idle = await idleShare(3000);
  while (idle < minIdle && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    idle = await idleShare(3000);
  }
  return idle;
}

/** Share of the processors' time spent idle over `ms` milliseconds, from /proc/stat (1 elsewhere). */
async function idleShare(ms: number): Promise<number> {
  const read = () => {
    try {
      return readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    } catch {
      return undefined;
    }
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = read();
  if (!before || !after) return 1;
  const delta = after.map((value, index) => value - (before[index] ?? 0));
  const total = delta.reduce((sum, value) => sum + value, 0);
  // Fields 4 and 5: idle and waiting for input/output.
  return total === 0 ? 1 : ((delta[3] ?? 0) + (delta[4] ?? 0)) / total;
}

/** The connection guide (a page of screenshots), the home page, the search page without and with a query. */
export const LIGHTHOUSE_PAGES = [
  "/aide/fr/guides-producteur/presentation/connexion-inscription/",
  "/aide/fr/",
  "/aide/fr/recherche/",
  "/aide/fr/recherche/?q=connexion",
];

const require = createRequire(import.meta.url);
const LIGHTHOUSE_CLI = require.resolve("lighthouse/cli/index.js");
/** 12.x: Lighthouse 13 needs Node 22.19. */
export const LIGHTHOUSE_VERSION: string = (require("lighthouse/package.json") as { version: string }).version;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];

export interface LighthouseOptions {
  /** Paths under the server's root: `/aide/fr/`. */
  pages: string[];
  runs: number;
  /** A site already built with `--pathprefix=/aide`; else one is built for the runs. */
  siteDir?: string;
  /** Where the JSON reports go. */
  outDir: string;
  /** Idle share of the processors to wait for before each run (0 to never wait). */
  minIdle: number;
  maxWaitSeconds: number;
}

/** Each page's runs, in order. */
export type LighthouseRuns = Record<string, RunSummary[]>;
