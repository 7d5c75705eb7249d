import type { Finding } from "../finding.ts";

/**
 * Editor-facing report: one line per problem, `file:line` first, grouped by file,
 * errors before warnings, then a count.
 */
export function formatFindings(findings: Finding[]): string {
  if (findings.length === 0) return "Aucun problème trouvé.";
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const finding of list.sort(bySeverityThenLine)) lines.push(`  ${formatFinding(finding)}`);
  }
  lines.push("", countLine(findings));
  return lines.join("\n");
}

export function formatFinding({ file, line, severity, message, fix }: Finding): string {
  const where = line ? `${file}:${line}` : file;
  const label = severity === "error" ? "erreur" : "avertissement";
  return `${where} ${label} : ${message}${fix ? ` — ${fix}` : ""}`;
}

function countLine(findings: Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  return `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}.`;
}

function bySeverityThenLine(a: Finding, b: Finding): number {
  return Number(a.severity === "warning") - Number(b.severity === "warning") || (a.line ?? 0) - (b.line ?? 0);
}
