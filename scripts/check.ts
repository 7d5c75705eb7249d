import { checkExternalLinks } from "../lib/checks/external-links.ts";
import { checkSite } from "../lib/checks/check-site.ts";
import { hasErrors, type Finding } from "../lib/checks/finding.ts";
import { formatFindings } from "../lib/checks/format-findings.ts";
import { githubAnnotations } from "../lib/checks/report/github-annotations.ts";
import { readSiteModel, type SiteModel } from "../lib/checks/site-model.ts";

/**
 * `npm run check [-- --json] [-- --format=github] [-- --external] [-- --dir=_site]`: runs the checks
 * alone on a site already built, prints every problem grouped by file (or JSON for CI; `--format=github`
 * adds GitHub Actions annotations before the report), and exits 1 on an error.
 * `--external` also fetches the links to other sites: slow and networked, so opt-in, and warnings
 * only (`--timeout=<ms>`, `--cache=<file>` to tune it).
 */
const args = process.argv.slice(2);
const dir = option("--dir") ?? "_site";

let model: SiteModel;
try {
  model = readSiteModel(dir);
} catch (cause) {
  console.error(`Vérification impossible : ${(cause as Error).message}`);
  process.exit(1);
}
const findings: Finding[] = checkSite(model);
if (args.includes("--external")) {
  const timeout = option("--timeout");
  findings.push(...(await checkExternalLinks(model, { cacheFile: option("--cache") ?? "node_modules/.cache/aide/external-links.json", timeoutMs: timeout ? Number(timeout) : undefined })));
}

if (args.includes("--json")) {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  console.log(JSON.stringify({ errors, warnings: findings.length - errors, findings }, null, 2));
} else {
  if (option("--format") === "github") for (const annotation of githubAnnotations(findings)) console.log(annotation);
  console.log(formatFindings(findings));
}
process.exitCode = hasErrors(findings) ? 1 : 0;

function option(name: string): string | undefined {
  const arg = args.find((item) => item.startsWith(`${name}=`));
  return arg?.slice(name.length + 1);
}
