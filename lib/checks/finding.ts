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
