import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type BuildResult, buildSite } from "../../lib/pipeline/build-site.ts";
import { type BuiltSite, builtSite } from "./build-fixture.ts";

/**
 * The project's own site (`content/`), built as `npm run build` builds it (search index and
 * compressed files included) once per test run, and shared by every test that only reads it.
 * `npm test` (scripts/test.ts) gives the run's folder in `AIDE_TEST_SITES`, so that test files,
 * each in a process of its own, build each site once between them; a file run alone builds its own.
 */
export function sharedSite(pathPrefix: SharedPrefix = "/"): Promise<BuiltSite> {
  let site = inThisProcess.get(pathPrefix);
  if (!site) {
    site = readOrBuild(path.join(runFolder(), pathPrefix === "/" ? "racine" : "aide"), pathPrefix);
    inThisProcess.set(pathPrefix, site);
  }
  return site;
}

export type SharedPrefix = "/" | "/aide/";

/** The first process to take a site's lock builds it; the others wait for its result. */
async function readOrBuild(folder: string, pathPrefix: SharedPrefix): Promise<BuiltSite> {
  const resultFile = path.join(folder, "result.json");
  try {
    mkdirSync(folder, { recursive: false });
  } catch {
    while (!existsSync(resultFile)) await sleep(100);
    return builtSite(JSON.parse(readFileSync(resultFile, "utf8")) as BuildResult);
  }
  const result = await buildSite({
    input: "content",
    output: path.join(folder, "_site"),
    pathPrefix,
    inChildProcess: true,
  });
  // Written last and at once: a waiting process never reads half a result.
  writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
  renameSync(`${resultFile}.tmp`, resultFile);
  return builtSite(result);
}

function runFolder(): string {
  const folder = process.env.AIDE_TEST_SITES ?? (ownFolder ??= mkdtempSync(path.join(tmpdir(), "aide-shared-")));
  mkdirSync(folder, { recursive: true });
  return folder;
}

let ownFolder: string | undefined;
const inThisProcess = new Map<SharedPrefix, Promise<BuiltSite>>();
