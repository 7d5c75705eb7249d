import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm test` checks the types and the lint, then runs this: every test file under `test/` (or under
 * the folders and files given: `npm test -- test/checks`), with node:test, in two processes side by
 * side. Most files run one after the other in the first, which loads Eleventy and tsx once for all;
 * the files that serve the built site to Chromium or nginx (SERVED) run in the second, which spends
 * most of its time waiting for them. The sites the tests share (test/support/shared-site.ts) are
 * built once for the whole run, into a folder removed at the end.
 */
const SERVED = ["test/site/", "test/search/", "test/deploy/", "test/tools/audit/page-structure.test.ts"];

const { positionals } = readCommandLine({}, { positionals: true });
const files = [...new Set((positionals.length > 0 ? positionals : ["test"]).flatMap(testFiles))].sort();
const served = files.filter((file) => SERVED.some((prefix) => file.startsWith(prefix)));
const others = files.filter((file) => !served.includes(file));
const run = mkdtempSync(path.join(tmpdir(), "aide-test-run-"));
try {
  const [first, second] = await Promise.all([
    runTests(others, "process", run),
    runTests(served, path.join(run, "served.log"), run),
  ]);
  // The second process's report follows the first's, instead of mixing with it.
  if (served.length > 0) process.stdout.write(readFileSync(path.join(run, "served.log")));
  process.exitCode = first === 0 && second === 0 ? 0 : 1;
} finally {
  rmSync(run, { recursive: true, force: true });
}

/** Runs test files in one Node process (tests run as their files register them); resolves to its exit code. */
async function runTests(list: string[], output: "process" | string, folder: string): Promise<number> {
  if (list.length === 0) return 0;
  const entry = path.join(folder, `${path.basename(output, ".log")}.mts`);
  writeFileSync(
    entry,
    list.map((file) => `await import(${JSON.stringify(pathToFileURL(path.resolve(file)).href)});\n`).join(""),
  );
  const child = spawn(process.execPath, ["--import", "tsx", "--test-reporter=spec", entry], {
    stdio: ["ignore", output === "process" ? "inherit" : "pipe", output === "process" ? "inherit" : "pipe"],
    env: { ...process.env, AIDE_TEST_SITES: path.join(folder, "sites") },
  });
  if (output !== "process") {
    const log = createWriteStream(output);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

function testFiles(given: string): string[] {
  if (!statSync(given).isDirectory()) return [path.normalize(given)];
  return readdirSync(given, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts") && !file.split(path.sep).includes("fixtures"))
    .map((file) => path.join(given, file));
}
