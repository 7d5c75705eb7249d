/**
 * Keeps one open issue, found by its label, in step with a report: opened when there is something
 * to say, its text replaced while there still is, closed with a comment once there is not.
 */
export async function syncTrackedIssue(
  tracker: IssueTracker,
  issue: TrackedIssue,
  body: string | undefined,
): Promise<SyncOutcome> {
  const open = await tracker.findOpen(issue.label);
  if (body === undefined) {
    if (open === undefined) return { action: "none" };
    await tracker.close(open, issue.closingComment);
    return { action: "closed", id: open };
  }
  if (open === undefined)
    return { action: "created", id: await tracker.create({ title: issue.title, label: issue.label, body }) };
  await tracker.update(open, body);
  return { action: "updated", id: open };
}

/** An issue tracker's few calls this needs (GitHub's, GitLab's). */
export interface IssueTracker {
  /** The number of the open issue with that label, if any. */
  findOpen(label: string): Promise<number | undefined>;
  create(issue: { title: string; label: string; body: string }): Promise<number>;
  update(id: number, body: string): Promise<void>;
  close(id: number, comment: string): Promise<void>;
}

export interface TrackedIssue {
  title: string;
  label: string;
  /** Said when the issue is closed because there is nothing left to report. */
  closingComment: string;
}

export type SyncOutcome = { action: "none" } | { action: "created" | "updated" | "closed"; id: number };
