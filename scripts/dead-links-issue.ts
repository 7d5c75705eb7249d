import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Finding } from "../lib/checks/finding.ts";
import { deadLinksIssueBody } from "../lib/checks/report/dead-links-issue.ts";
import { githubIssues, gitlabIssues } from "../lib/deploy/issue-trackers.ts";
import { type IssueTracker, syncTrackedIssue } from "../lib/deploy/tracked-issue.ts";

/**
 * `npx tsx scripts/dead-links-issue.ts <findings.json> [--dry-run]`, the findings written by
 * `npm run check -- --external --json`: opens, updates or closes the one issue (label
 * `liens-morts`) that lists the dead links to other sites. In a GitHub workflow with GITHUB_TOKEN,
 * or a GitLab job with AIDE_ISSUES_TOKEN (a project access token of scope `api`); `--dry-run`
 * prints the issue's text instead.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false } },
});
const env = process.env;
const { findings } = JSON.parse(readFileSync(positionals[0] ?? "/dev/stdin", "utf8")) as { findings: Finding[] };
const runUrl = env.GITHUB_RUN_ID
  ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  : env.CI_JOB_URL;
const body = deadLinksIssueBody(findings, runUrl);

if (values["dry-run"]) {
  console.log(body ?? "Tous les liens vers d’autres sites répondent.");
} else {
  const outcome = await syncTrackedIssue(
    tracker(),
    {
      title: "Liens morts vers d’autres sites",
      label: "liens-morts",
      closingComment: "Tous les liens vers d’autres sites répondent de nouveau.",
    },
    body,
  );
  const said = {
    none: "aucun lien mort, aucun ticket ouvert",
    created: "ticket ouvert",
    updated: "ticket mis à jour",
    closed: "ticket fermé : tous les liens répondent",
  };
  console.log(`Liens morts : ${said[outcome.action]}${"id" in outcome ? ` (#${outcome.id})` : ""}.`);
}

function tracker(): IssueTracker {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_TOKEN) {
    return githubIssues({
      apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
      repository: env.GITHUB_REPOSITORY ?? "",
      token: env.GITHUB_TOKEN,
    });
  }
  if (env.GITLAB_CI === "true" && env.AIDE_ISSUES_TOKEN) {
    return gitlabIssues({
      apiUrl: env.CI_API_V4_URL ?? "",
      projectId: env.CI_PROJECT_ID ?? "",
      token: env.AIDE_ISSUES_TOKEN,
    });
  }
  console.error(
    "Ni GitHub (GITHUB_ACTIONS et GITHUB_TOKEN) ni GitLab (GITLAB_CI et AIDE_ISSUES_TOKEN, jeton d’accès du projet de portée api) : relancez avec --dry-run pour lire le ticket.",
  );
  process.exit(2);
}
