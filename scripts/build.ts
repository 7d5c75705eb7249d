import { buildSite } from "../lib/build/build-site.ts";
import { formatFindings } from "../lib/checks/format-findings.ts";
import { githubAnnotations } from "../lib/checks/report/github-annotations.ts";

/**
 * `npm run build [-- --pathprefix=/aide] [-- --format=github]`: builds, indexes and checks the site
 * into `_site/`, prints every problem grouped by file (after GitHub Actions annotations with
 * `--format=github`), and exits 1 when one is an error (leaving `_site/` as it was).
 */
const pathPrefix = argument("--pathprefix") ?? process.env.PATH_PREFIX ?? "/";
const result = await buildSite({ pathPrefix, inChildProcess: true });

if (argument("--format") === "github") for (const annotation of githubAnnotations(result.findings)) console.log(annotation);
if (result.findings.length > 0) console.log(formatFindings(result.findings));
const phases = Object.entries(result.timings).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(", ");
if (result.ok) console.log(`Site construit dans ${result.outputDir}/ (${phases}).`);
else console.error(`La construction a échoué : ${result.outputDir}/ n’a pas été modifié.`);
process.exitCode = result.ok ? 0 : 1;

function argument(name: string): string | undefined {
  const index = process.argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = process.argv[index];
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : process.argv[index + 1];
}
