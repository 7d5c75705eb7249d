import type { IssueTracker } from "./tracked-issue.ts";

/** GitHub's REST API, with the workflow's token (`permissions: issues: write`). https://docs.github.com/rest/issues/issues */
export function githubIssues({
  apiUrl,
  repository,
  token,
}: {
  apiUrl: string;
  repository: string;
  token: string;
}): IssueTracker {
  const call = client(`${apiUrl}/repos/${repository}`, {
    authorization: `Bearer ${token}`,
    accept: "application/vnd.github+json",
  });
  return {
    async findOpen(label) {
      const issues = (await call("GET", `/issues?state=open&labels=${encodeURIComponent(label)}&per_page=1`)) as {
        number: number;
      }[];
      return issues[0]?.number;
    },
    async create({ title, label, body }) {
      // A label must exist before an issue can carry it: created the first time, 422 afterwards.
      await call("POST", "/labels", { name: label, color: "b60205" }, [422]);
      return ((await call("POST", "/issues", { title, body, labels: [label] })) as { number: number }).number;
    },
    async update(id, body) {
      await call("PATCH", `/issues/${id}`, { body });
    },
    async close(id, comment) {
      await call("POST", `/issues/${id}/comments`, { body: comment });
      await call("PATCH", `/issues/${id}`, { state: "closed" });
    },
  };
}

/** GitLab's REST API, with a project access token of scope `api` (a job's own token cannot write issues). https://docs.gitlab.com/api/issues/ */
export function gitlabIssues({
  apiUrl,
  projectId,
  token,
}: {
  apiUrl: string;
  projectId: string;
  token: string;
}): IssueTracker {
  const call = client(`${apiUrl}/projects/${encodeURIComponent(projectId)}`, { "private-token": token });
  return {
    async findOpen(label) {
      const issues = (await call("GET", `/issues?state=opened&labels=${encodeURIComponent(label)}&per_page=1`)) as {
        iid: number;
      }[];
      return issues[0]?.iid;
    },
    async create({ title, label, body }) {
      return ((await call("POST", "/issues", { title, description: body, labels: label })) as { iid: number }).iid;
    },
    async update(id, body) {
      await call("PUT", `/issues/${id}`, { description: body });
    },
    async close(id, comment) {
      await call("POST", `/issues/${id}/notes`, { body: comment });
      await call("PUT", `/issues/${id}`, { state_event: "close" });
    },
  };
}

/** JSON requests under `base`; a status other than 2xx or `allowed` is an error that says what the forge answered. */
function client(base: string, headers: Record<string, string>) {
  return async (method: string, path: string, body?: unknown, allowed: number[] = []): Promise<unknown> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (allowed.includes(response.status)) return undefined;
    if (!response.ok) throw new Error(`${method} ${base}${path} : HTTP ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
}
