import { formatFindings } from "../lib/checks/report/format-findings.ts";
import { githubAnnotations } from "../lib/checks/report/github-annotations.ts";
import { buildSite } from "../lib/pipeline/build-site.ts";
import { watchInterruptions } from "../lib/pipeline/interruptions.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm run build [-- --pathprefix=/aide] [-- --format=github]`: builds, indexes and checks the site
 * into `_site/`, prints every problem grouped by file (after GitHub Actions annotations with
 * `--format=github`), and exits 1 when one is an error (leaving `_site/` as it was). Ctrl-C, or
 * npm killed, stops it without touching `_site/` (exit code 128 + the signal's number).
 */
const { values } = readCommandLine({ pathprefix: { type: "string" }, format: { type: "string" } });
const pathPrefix = values.pathprefix ?? process.env.PATH_PREFIX ?? "/";
const interruptions = watchInterruptions();
const result = await buildSite({
  pathPrefix,
  inChildProcess: true,
  signal: interruptions.signal,
  command: "npm run build",
});
interruptions.dispose();

if (result.interrupted) {
  console.error(`La construction a été ${result.interrupted.message} : ${result.outputDir}/ n’a pas été modifié.`);
  process.exit(result.interrupted.exitCode);
}
if (values.format === "github") for (const annotation of githubAnnotations(result.findings)) console.log(annotation);
if (result.findings.length > 0) console.log(formatFindings(result.findings));
const phases = Object.entries(result.timings)
  .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`)
  .join(", ");
if (result.images?.variants)
  console.log(
    `Images : ${result.images.variants} variantes de ${result.images.originals} images, ${result.images.encoded} encodées, ${result.images.fromCache} reprises du cache (${(result.images.milliseconds / 1000).toFixed(2)} s).`,
  );
if (result.ok) console.log(`Site construit dans ${result.outputDir}/ (${phases}).`);
else console.error(`La construction a échoué : ${result.outputDir}/ n’a pas été modifié.`);
process.exitCode = result.ok ? 0 : 1;
