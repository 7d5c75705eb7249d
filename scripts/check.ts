import { checkSite } from "../lib/checks/check-site.ts";
import { type Finding, hasErrors } from "../lib/checks/finding.ts";
import { readSiteModel, type SiteModel } from "../lib/checks/model/site-model.ts";
import { formatFindings } from "../lib/checks/report/format-findings.ts";
import { githubAnnotations } from "../lib/checks/report/github-annotations.ts";
import { checkExternalLinks } from "../lib/checks/rules/external-links.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm run check [-- --json] [-- --format=github] [-- --external] [-- --dir=_site]`: runs the checks
 * alone on a site already built, prints every problem grouped by file (or JSON for CI; `--format=github`
 * adds GitHub Actions annotations before the report), and exits 1 on an error.
 * `--external` also fetches the links to other sites: slow and networked, so opt-in, and warnings
 * only (`--timeout=<ms>`, `--cache=<file>` to tune it).
 */
const { values } = readCommandLine({
  dir: { type: "string", default: "_site" },
  json: { type: "boolean", default: false },
  external: { type: "boolean", default: false },
  timeout: { type: "string" },
  cache: { type: "string", default: "node_modules/.cache/aide/external-links.json" },
  format: { type: "string" },
});

let model: SiteModel;
try {
  model = readSiteModel(values.dir);
} catch (cause) {
  console.error(`Vérification impossible : ${(cause as Error).message}`);
  process.exit(1);
}
const findings: Finding[] = checkSite(model);
if (values.external) {
  findings.push(
    ...(await checkExternalLinks(model, {
      cacheFile: values.cache,
      timeoutMs: values.timeout ? Number(values.timeout) : undefined,
    })),
  );
}

if (values.json) {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  console.log(JSON.stringify({ errors, warnings: findings.length - errors, findings }, null, 2));
} else {
  if (values.format === "github") for (const annotation of githubAnnotations(findings)) console.log(annotation);
  console.log(formatFindings(findings));
}
process.exitCode = hasErrors(findings) ? 1 : 0;
