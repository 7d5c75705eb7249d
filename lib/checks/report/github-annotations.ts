import type { Finding } from "../finding.ts";

/**
 * The findings as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`):
 * printed by a step, each becomes an annotation on its file and line, shown beside the changed
 * lines of a pull request. https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */
export function githubAnnotations(findings: Finding[]): string[] {
  return findings.map(({ file, line, severity, rule, message, fix }) => {
    const properties = [
      `file=${escapeProperty(file)}`,
      ...(line ? [`line=${line}`] : []),
      `title=${escapeProperty(`vérification ${rule}`)}`,
    ];
    return `::${severity === "error" ? "error" : "warning"} ${properties.join(",")}::${escapeData(fix ? `${message} — ${fix}` : message)}`;
  });
}

/** The message ends the line: only what would end it early or be decoded is escaped (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property also ends at `,` (the next property) and `:` (the message). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
