import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import type { BuildResult } from "../../lib/pipeline/build-site.ts";

/** What `npm run build` says of a build: its exit code and its lines for the editor, in the order they are printed. */
export function buildReport(result: BuildResult): { exitCode: number; findings: string[] } {
  return { exitCode: result.ok ? 0 : 1, findings: result.findings.map(formatFinding).sort() };
}
