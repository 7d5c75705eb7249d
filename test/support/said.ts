import type { Finding } from "../../lib/checks/finding.ts";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";

/** Findings as the editor reads them (`fichier:ligne erreur : message — correction`), each after the rule's name CI sees. */
export function said(findings: Finding[]): string[] {
  return findings.map((finding) => `[${finding.rule}] ${formatFinding(finding)}`);
}
