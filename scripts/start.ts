import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatFindings } from "../lib/checks/report/format-findings.ts";
import { devServerOptions } from "../lib/eleventy/dev-server.ts";
import { editorConsole } from "../lib/eleventy/editor-console.ts";
import { OutputLockedError, takeOutputLock } from "../lib/pipeline/build-lock.ts";
import { PROJECT_ROOT } from "../lib/pipeline/build-site.ts";
import { eleventyErrorFinding } from "../lib/pipeline/eleventy-error.ts";
import { recoverOutput } from "../lib/pipeline/output-folders.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm start [-- --port=8080] [-- --host=0.0.0.0]`: the site at http://localhost:8080/fr/, rebuilt
 * at each save (only what changed), served with the production's security headers, to this
 * machine only unless `--host` says otherwise. A page that cannot be built shows its errors in its
 * place; the checks' findings are printed after each rebuild; a page deleted disappears at once.
 */
const { values } = readCommandLine({
  port: { type: "string", default: process.env.PORT ?? "8080" },
  host: { type: "string", default: "localhost" },
});
const port = Number(values.port);
const output = "_site";

// The dev server writes `_site/` as a build does: not both at once.
try {
  const lock = takeOutputLock(output, "npm start");
  process.on("exit", () => lock.release());
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => process.exit(130));
} catch (cause) {
  if (!(cause instanceof OutputLockedError)) throw cause;
  console.error(`${cause.message} : attendez qu’elle se termine, ou arrêtez-la, puis relancez npm start`);
  process.exit(2);
}
recoverOutput(output);

const server = devServerOptions(PROJECT_ROOT, values.host);
const eleventy = new Eleventy("content", output, {
  configPath: ".eleventy.ts",
  source: "cli",
  runMode: "serve",
  config: (eleventyConfig: UserConfig) => eleventyConfig.setServerOptions(server),
});
(eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger(editorConsole());
await eleventy.init();
// A rebuild that fails while rendering (what lib/eleventy/page-errors.ts could not foresee, such as
// an include whose name is computed): said in French; the preview keeps the last pages built.
const serve = (eleventy as unknown as { eleventyServe: { sendError(event: { error: unknown }): unknown } })
  .eleventyServe;
const sendError = serve.sendError.bind(serve);
serve.sendError = (event) => {
  console.error(
    `${formatFindings([eleventyErrorFinding(event.error)])}\nL’aperçu garde les pages de la dernière construction réussie.`,
  );
  return sendError(event);
};
eleventy.setIncrementalBuild(true);
const rebuild = (await eleventy.watch()) as (path: string) => Promise<void>;
// Eleventy does not rebuild when a file is deleted: the page would still be served, and links to it
// would seem fine. The checks plugin removes what it wrote (eleventy.beforeWatch); every page is
// rebuilt, since the menus and tiles of the others named it, and checked again.
(eleventy as unknown as { watcher: { on(event: "unlink", listener: (path: string) => void): void } }).watcher.on(
  "unlink",
  async (path) => {
    eleventy.setIncrementalBuild(false);
    await rebuild(path);
    eleventy.setIncrementalBuild(true);
  },
);
eleventy.serve(port);
