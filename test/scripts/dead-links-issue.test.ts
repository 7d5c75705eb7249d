import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import { warning } from "../../lib/checks/finding.ts";

const FINDINGS = {
  errors: 0,
  warnings: 1,
  findings: [
    warning(
      "link-external",
      "content/fr/a.md",
      'lien externe "https://ign.fr/x" introuvable (HTTP 404)',
      "ouvrez-le",
      12,
    ),
  ],
};
const NONE = { errors: 0, warnings: 0, findings: [] };

describe("scripts/dead-links-issue.ts keeps the dead links issue of the forge it runs on", () => {
  it("on GitHub, creates the label then the issue when none is open, with the workflow's token", async () => {
    const { requests, stdout } = await runAgainst(
      FINDINGS,
      {
        GITHUB_ACTIONS: "true",
        GITHUB_TOKEN: "gh-token",
        GITHUB_REPOSITORY: "IGNF/aide",
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_RUN_ID: "42",
      },
      "GITHUB_API_URL",
      (request) =>
        request.method === "GET" ? [] : request.path === "/repos/IGNF/aide/labels" ? [422, {}] : { number: 5 },
    );
    assert.deepEqual(
      requests.map(({ method, path }) => `${method} ${path}`),
      [
        "GET /repos/IGNF/aide/issues?state=open&labels=liens-morts&per_page=1",
        "POST /repos/IGNF/aide/labels",
        "POST /repos/IGNF/aide/issues",
      ],
    );
    const [search, , create] = requests;
    assert.ok(search && create);
    assert.equal(search.headers.authorization, "Bearer gh-token");
    const issue = create.body as { title: string; body: string; labels: string[] };
    assert.equal(issue.title, "Liens morts vers d’autres sites");
    assert.deepEqual(issue.labels, ["liens-morts"]);
    assert.match(issue.body, /\[dernière vérification\]\(https:\/\/github\.com\/IGNF\/aide\/actions\/runs\/42\)/);
    assert.match(issue.body, /- "https:\/\/ign\.fr\/x" introuvable \(HTTP 404\)\n {2}- `content\/fr\/a\.md:12`/);
    assert.equal(stdout, "Liens morts : ticket ouvert (#5).\n");
  });

  it("on GitHub, closes the open issue with a comment once every link answers", async () => {
    const { requests } = await runAgainst(
      NONE,
      { GITHUB_ACTIONS: "true", GITHUB_TOKEN: "gh-token", GITHUB_REPOSITORY: "IGNF/aide" },
      "GITHUB_API_URL",
      (request) => (request.method === "GET" ? [{ number: 9 }] : {}),
    );
    assert.deepEqual(
      requests.map(({ method, path, body }) => `${method} ${path} ${JSON.stringify(body)}`),
      [
        "GET /repos/IGNF/aide/issues?state=open&labels=liens-morts&per_page=1 undefined",
        'POST /repos/IGNF/aide/issues/9/comments {"body":"Tous les liens vers d’autres sites répondent de nouveau."}',
        'PATCH /repos/IGNF/aide/issues/9 {"state":"closed"}',
      ],
    );
  });

  it("on GitLab, updates the open issue's description with the project token", async () => {
    const { requests, stdout } = await runAgainst(
      FINDINGS,
      {
        GITLAB_CI: "true",
        AIDE_ISSUES_TOKEN: "gl-token",
        CI_PROJECT_ID: "ign/aide",
        CI_JOB_URL: "https://gitlab.example.fr/ign/aide/-/jobs/8",
      },
      "CI_API_V4_URL",
      (request) => (request.method === "GET" ? [{ iid: 3 }] : {}),
    );
    assert.deepEqual(
      requests.map(({ method, path }) => `${method} ${path}`),
      [
        "GET /projects/ign%2Faide/issues?state=opened&labels=liens-morts&per_page=1",
        "PUT /projects/ign%2Faide/issues/3",
      ],
    );
    const [search, update] = requests;
    assert.ok(search && update);
    assert.equal(search.headers["private-token"], "gl-token");
    assert.match(
      (update.body as { description: string }).description,
      /\[dernière vérification\]\(https:\/\/gitlab\.example\.fr\/ign\/aide\/-\/jobs\/8\)/,
    );
    assert.equal(stdout, "Liens morts : ticket mis à jour (#3).\n");
  });

  it("on GitLab, creates the issue with its label when none is open", async () => {
    const { requests } = await runAgainst(
      FINDINGS,
      { GITLAB_CI: "true", AIDE_ISSUES_TOKEN: "gl-token", CI_PROJECT_ID: "12" },
      "CI_API_V4_URL",
      (request) => (request.method === "GET" ? [] : { iid: 1 }),
    );
    assert.deepEqual(
      requests.map(({ method, path }) => `${method} ${path}`),
      ["GET /projects/12/issues?state=opened&labels=liens-morts&per_page=1", "POST /projects/12/issues"],
    );
    const [, create] = requests;
    assert.ok(create);
    assert.equal((create.body as { labels: string }).labels, "liens-morts");
  });

  it("says how to run it when no forge's token is there, and prints the issue with --dry-run", async () => {
    const file = findingsFile(FINDINGS);
    const failure = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/dead-links-issue.ts", file],
      { env: { PATH: process.env.PATH } },
    ).then(
      () => assert.fail("it should exit 2"),
      (caught: { code: number; stderr: string }) => caught,
    );
    assert.equal(failure.code, 2);
    assert.match(failure.stderr, /relancez avec --dry-run/);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/dead-links-issue.ts", file, "--dry-run"],
      { env: { PATH: process.env.PATH } },
    );
    assert.match(stdout, /^Un lien vers un autre site ne répond plus/);
  });
});

/** Runs the script with `env`, its forge's API (`apiVariable`) played by a local server that answers with `reply` ([status, body] or a 200 body). */
async function runAgainst(
  findings: object,
  env: Record<string, string>,
  apiVariable: string,
  reply: (request: Recorded) => unknown,
): Promise<{ requests: Recorded[]; stdout: string }> {
  const requests: Recorded[] = [];
  const server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk));
    request.on("end", () => {
      const recorded = {
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(recorded);
      const answer = reply(recorded);
      const [status, body] =
        Array.isArray(answer) && typeof answer[0] === "number" ? (answer as [number, unknown]) : [200, answer];
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as { port: number };
    const api = `http://127.0.0.1:${port}`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/dead-links-issue.ts", findingsFile(findings)],
      { env: { PATH: process.env.PATH, ...env, [apiVariable]: api } },
    );
    return { requests, stdout };
  } finally {
    server.close();
  }
}

function findingsFile(findings: object): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "aide-findings-")), "findings.json");
  writeFileSync(file, JSON.stringify(findings));
  return file;
}

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}
