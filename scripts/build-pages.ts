import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatFindings } from "../lib/checks/report/format-findings.ts";
import { githubAnnotations } from "../lib/checks/report/github-annotations.ts";
import { completePagesFolder, pagesTarget } from "../lib/deploy/pages-site.ts";
import { buildSite } from "../lib/pipeline/build-site.ts";
import { watchInterruptions } from "../lib/pipeline/interruptions.ts";

/**
 * `npm run build:pages -- --url=<Pages URL of the project> [--out=_pages] [--format=github]`:
 * builds the help for GitHub or GitLab Pages into `<out>/aide/`, served at `<URL>/aide/` as in
 * production, with its home and 404 pages at the root of `<out>`; exits 1 on an error.
 */
const { values } = parseArgs({
  options: { url: { type: "string" }, out: { type: "string", default: "_pages" }, format: { type: "string" } },
});
if (!values.url) {
  console.error("Indiquez l’adresse Pages du projet : npm run build:pages -- --url=https://ign.gitlab.io/aide-cartes");
  process.exit(2);
}
const target = pagesTarget(values.url);
const out = path.resolve(values.out);
// The folder is emptied first: only an empty one or an earlier Pages folder (`public/` holds the site's own files).
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, target.siteDir))) {
  console.error(
    `--out=${values.out} n’est pas un dossier Pages, et la construction le viderait : choisissez-en un autre, comme --out=_pages`,
  );
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Read by the site-url plugin, in the process that renders the pages.
process.env.SITE_URL = target.siteUrl;
const interruptions = watchInterruptions();
const result = await buildSite({
  pathPrefix: target.pathPrefix,
  output: path.join(out, target.siteDir),
  inChildProcess: true,
  signal: interruptions.signal,
  command: "npm run build:pages",
});
interruptions.dispose();
if (result.interrupted) {
  console.error(`La construction a été ${result.interrupted.message} : rien n’est à publier.`);
  process.exit(result.interrupted.exitCode);
}

if (values.format === "github") for (const annotation of githubAnnotations(result.findings)) console.log(annotation);
if (result.findings.length > 0) console.log(formatFindings(result.findings));
if (result.ok) {
  completePagesFolder(out);
  console.log(
    `Site construit dans ${path.relative(".", out)}/, publié sous ${values.url.replace(/\/+$/, "")}/${target.siteDir}/.`,
  );
} else {
  console.error("La construction a échoué : rien n’est à publier.");
}
process.exitCode = result.ok ? 0 : 1;
