/** One problem a browser or the HTML checker found on a published page. */
export interface AuditIssue {
  /** The page's address on the server (`/aide/fr/…/`). */
  page: string;
  /** Which check: an axe rule (`axe/image-alt`), `html/…` for the Nu Html Checker, or one of ours. */
  rule: string;
  /** The element at fault: a CSS selector and its HTML, or a line of the file. */
  element?: string;
  message: string;
}

/** One line per problem, grouped by page: what a developer needs to find and fix it. */
export function formatAuditIssues(issues: AuditIssue[]): string {
  if (issues.length === 0) return "Aucun problème trouvé.";
  const byPage = new Map<string, AuditIssue[]>();
  for (const issue of issues) byPage.set(issue.page, [...(byPage.get(issue.page) ?? []), issue]);
  const lines: string[] = [];
  for (const [page, list] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(page);
    for (const { rule, element, message } of list)
      lines.push(`  [${rule}] ${message}${element ? `\n      ${element}` : ""}`);
  }
  lines.push(
    "",
    `${issues.length} problème${issues.length > 1 ? "s" : ""} sur ${byPage.size} page${byPage.size > 1 ? "s" : ""}.`,
  );
  return lines.join("\n");
}
