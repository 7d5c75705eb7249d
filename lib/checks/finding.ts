/** One problem found in the content, said to the editor who must fix it. */
export interface Finding {
  /** Source file, relative to the project root (`content/fr/…/page.md`). */
  file: string;
  /** 1-based line in the source file, when known. */
  line?: number;
  severity: "error" | "warning";
  /** Stable name of the check, for CI (`component-unknown`, `link-broken`…). */
  rule: string;
  /** What is wrong, in French. */
  message: string;
  /** How to fix it, in French, with the closest valid value when there is one. */
  fix?: string;
}

export function error(rule: string, file: string, message: string, fix?: string, line?: number): Finding {
  return { file, line, severity: "error", rule, message, fix };
}

export function warning(rule: string, file: string, message: string, fix?: string, line?: number): Finding {
  return { file, line, severity: "warning", rule, message, fix };
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

/**
 * The same problem reported twice (by a layout on every page, by rendering and by the checks) is
 * kept once; problems already reported elsewhere are left out.
 */
export function uniqueFindings(findings: Finding[], alreadyReported: Finding[] = []): Finding[] {
  const key = (finding: Finding) => `${finding.file}\0${finding.line ?? ""}\0${finding.rule}\0${finding.message}`;
  const seen = new Set(alreadyReported.map(key));
  return findings.filter((finding) => {
    if (seen.has(key(finding))) return false;
    seen.add(key(finding));
    return true;
  });
}
