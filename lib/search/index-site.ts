import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { error, type Finding } from "../checks/finding.ts";
import { BUILD_STEPS, fileSystemFinding } from "../pipeline/file-system-error.ts";

/** Where the index goes, under the site's root. */
export const SEARCH_FOLDER = "pagefind";

/**
 * Writes the Pagefind index of a built site into `<siteDir>/pagefind/`. Only pages with a
 * `data-pagefind-body` element are indexed; the language (French stemming) comes from `<html lang>`.
 *
 * Pagefind's own program runs as a command (https://pagefind.app/docs/config-options/), not
 * through its Node interface: a command that fails (a full disk makes it panic) ends with an exit
 * code and its message, where the Node interface's service dies without answering and leaves the
 * build waiting; and an interrupted build stops it like any child process.
 */
export async function indexSite(siteDir: string, signal?: AbortSignal): Promise<Finding[]> {
  if (!existsSync(siteDir) || !readdirSync(siteDir, { recursive: true }).some((file) => String(file).endsWith(".html")))
    return failed(
      siteDir,
      ["le site ne contient aucune page HTML"],
      "Vérifiez que la construction par Eleventy a bien écrit les pages.",
    );
  const run = await runPagefind(["--site", siteDir, "--output-subdir", SEARCH_FOLDER, "--silent"], signal);
  if (signal?.aborted) return [];
  const outputPath = path.join(siteDir, SEARCH_FOLDER);
  // Pagefind fails when no page had anything to index; an older one wrote an empty index.
  const nothingIndexed = run.code === 0 ? indexedPages(outputPath) === 0 : NOTHING_INDEXED.test(run.output);
  if (nothingIndexed)
    return failed(
      siteDir,
      ["aucune page n’a été indexée"],
      "Vérifiez que le gabarit des pages marque leur contenu avec l’attribut data-pagefind-body.",
    );
  if (run.code !== 0) return failed(siteDir, [run.output.trim() || `Pagefind s’est arrêté (code ${run.code})`]);
  for (const file of readdirSync(outputPath)) if (READY_MADE_UI.test(file)) rmSync(path.join(outputPath, file));
  return [];
}

/** What Pagefind's binary says, without the Rust panic's wording and source location, which editors cannot use. */
export function withoutPanic(message: string): string {
  return (
    message
      .replace(/thread '[^']*'(?: \(\d+\))? panicked at [^\n]*\n?/g, "")
      .replace(/called `\w+::\w+\(\)` on an `\w+` value:\s*/g, "")
      .replace(/^(?:stack backtrace:|note: ).*$/gm, "")
      .split("\n")
      .map((line) => line.replace(/^Error:\s*/, "").trim())
      .filter(Boolean)[0] ?? message
  );
}

const NOTHING_INDEXED = /Pagefind was not able to build an index/;

/** Pagefind's ready-made interfaces: the site has its own DSFR results page, so they are not published. */
const READY_MADE_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** The binary the `pagefind` package installed for this machine (`pagefind_extended`: with its Chinese and Japanese segmentation). */
function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const executable = process.platform === "win32" ? "pagefind_extended.exe" : "pagefind_extended";
  return (
    process.env.PAGEFIND_EXTENDED_BINARY_PATH ??
    require.resolve(`@pagefind/${platform}-${process.env.npm_config_arch ?? process.arch}/bin/${executable}`)
  );
}

function runPagefind(args: string[], signal?: AbortSignal): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(pagefindBinary(), args, { stdio: ["ignore", "pipe", "pipe"], signal });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", (cause) => (output += (cause as Error).name === "AbortError" ? "" : String(cause)));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Pages in the index, all languages together, as the bundle's entry file counts them. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function failed(
  siteDir: string,
  errors: string[],
  fix = "Relancez la construction ; si l’erreur persiste, signalez-la à l’équipe technique.",
): Finding[] {
  return errors.map(
    (message) =>
      fileSystemFinding(BUILD_STEPS.search, message, siteDir) ??
      error("search-index", siteDir, `L’index de recherche n’a pas pu être écrit : ${withoutPanic(message)}`, fix),
  );
}
