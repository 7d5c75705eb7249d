import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

const DIR = path.join(PROJECT_ROOT, ".github/workflows");
const texts = Object.fromEntries(
  readdirSync(DIR)
    .filter((file) => file.endsWith(".yml"))
    .map((file) => [file, readFileSync(path.join(DIR, file), "utf8")]),
);
const workflows = Object.fromEntries(Object.entries(texts).map(([file, text]) => [file, parse(text) as Workflow]));
const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"),
).scripts;
const allJobs = Object.entries(workflows).flatMap(([file, workflow]) =>
  Object.entries(workflow.jobs).map(([name, job]) => ({ file, name, job })),
);
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const uses = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

/** The workflow of .github/workflows/`file`: throws if there is none. */
function workflowOf(file: string): Workflow {
  const workflow = workflows[file];
  if (!workflow) throw new Error(`no workflow .github/workflows/${file}`);
  return workflow;
}

/** The job `name` of a workflow: throws if it has none of that name. */
function jobOf(workflow: Workflow, name: string): Job {
  const job = workflow.jobs[name];
  if (!job) throw new Error(`no job ${name} in the workflow (${Object.keys(workflow.jobs).join(", ")})`);
  return job;
}

describe("the GitHub workflows", () => {
  it("are the three expected ones, each valid against GitHub's workflow schema", () => {
    assert.deepEqual(Object.keys(texts).sort(), ["ci.yml", "external-links.yml", "image.yml"]);
    for (const [file, text] of Object.entries(texts)) assert.deepEqual(validateWorkflow(text).errors, [], file);
  });

  it("pin every action to the full commit of a release, named in a comment, the same one everywhere", () => {
    const pins = new Map<string, string>();
    for (const [file, text] of Object.entries(texts)) {
      for (const [, line = ""] of text.matchAll(/^\s*(?:- )?uses: (.+)$/gm)) {
        const [, action, sha] = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+$/.exec(line) ?? [];
        assert.ok(action && sha, `${file} : ${line}`);
        assert.equal(pins.get(action) ?? sha, sha, `${action} is pinned to two commits`);
        pins.set(action, sha);
      }
    }
    assert.ok(pins.size >= 10, [...pins.keys()].join(", "));
  });

  it("read the repository and nothing more by default; each job asks only for what it needs", () => {
    for (const [file, workflow] of Object.entries(workflows))
      assert.deepEqual(workflow.permissions, { contents: "read" }, file);
    const asked = Object.fromEntries(allJobs.map(({ name, job }) => [name, job.permissions]));
    assert.deepEqual(asked, {
      test: undefined,
      "pages-build": { contents: "read", pages: "read" },
      "pages-deploy": { pages: "write", "id-token": "write" },
      image: { contents: "read", packages: "write" },
      "external-links": { contents: "read", issues: "write" },
    });
  });

  it("check out without keeping the token in .git, with the whole history where the site is built for readers (the pages' dates)", () => {
    for (const { file, name, job } of allJobs) {
      const checkout = uses(job, "actions/checkout");
      if (!checkout) continue;
      assert.equal(checkout.with?.["persist-credentials"], false, `${file} ${name}`);
      if (name !== "external-links") assert.equal(checkout.with?.["fetch-depth"], 0, `${file} ${name}`);
    }
  });

  it("install with npm ci and keep npm's cache and the build's caches, restored after npm ci empties node_modules/", () => {
    for (const { file, name, job } of allJobs.filter(({ job }) => runs(job).some((run) => run.startsWith("npm ci")))) {
      assert.deepEqual(uses(job, "actions/setup-node")?.with, { "node-version": 20, cache: "npm" }, `${file} ${name}`);
      const cache = uses(job, "actions/cache");
      assert.deepEqual(
        String(cache?.with?.path).trim().split("\n"),
        [".cache/", "node_modules/.cache/"],
        `${file} ${name}`,
      );
      assert.ok(
        job.steps.indexOf(cache!) > job.steps.findIndex((step) => step.run?.startsWith("npm ci")),
        `${file} ${name}: cache after npm ci`,
      );
    }
  });

  it("test every pull request and push on Debian with npm test, annotate the findings, and keep the built site", () => {
    const ci = workflowOf("ci.yml");
    assert.deepEqual(Object.keys(ci.on).sort(), ["pull_request", "push"]);
    const test = jobOf(ci, "test");
    assert.match(String(test.container), /^node:20-bookworm$/);
    assert.deepEqual(runs(test), [
      "npm ci --ignore-scripts --no-audit --no-fund",
      "bash scripts/setup-debian.sh chromium",
      "npm run build -- --format=github",
      "npm test",
    ]);
    assert.deepEqual(uses(test, "actions/upload-artifact")?.with?.path, "_site/");
  });

  it("publish main on GitHub Pages, built under /aide/ of the Pages URL, once the tests pass", () => {
    const ci = workflowOf("ci.yml");
    const build = jobOf(ci, "pages-build");
    const deploy = jobOf(ci, "pages-deploy");
    assert.equal(build.if, "github.event_name == 'push' && github.ref == 'refs/heads/main'");
    assert.equal(build.needs, "test");
    const step = build.steps.find((candidate) => candidate.run?.startsWith("npm run build:pages"));
    assert.equal(step?.run, 'npm run build:pages -- --url="$PAGES_URL" --out=_pages --format=github');
    assert.equal(step?.env?.PAGES_URL, `\${{ steps.${uses(build, "actions/configure-pages")?.id}.outputs.base_url }}`);
    assert.equal(uses(build, "actions/upload-pages-artifact")?.with?.path, "_pages/");
    assert.equal(deploy.needs, "pages-build");
    assert.equal(deploy.environment?.name, "github-pages");
    assert.ok(uses(deploy, "actions/deploy-pages"));
  });

  it("push the image of deploy/Dockerfile to ghcr.io for a version tag", () => {
    const workflow = workflowOf("image.yml");
    assert.deepEqual(workflow.on, { push: { tags: ["v*"] } });
    const image = jobOf(workflow, "image");
    assert.equal(uses(image, "docker/login-action")?.with?.registry, "ghcr.io");
    assert.equal(uses(image, "docker/metadata-action")?.with?.images, "ghcr.io/${{ github.repository }}");
    const build = uses(image, "docker/build-push-action")?.with;
    assert.deepEqual([build?.context, build?.file, build?.push], [".", "deploy/Dockerfile", true]);
    assert.ok(existsSync(path.join(PROJECT_ROOT, String(build?.file))));
  });

  it("check the external links every week and keep their issue with the workflow's token", () => {
    const workflow = workflowOf("external-links.yml");
    const schedule = workflow.on.schedule as { cron: string }[];
    assert.equal(schedule.length, 1);
    assert.match(schedule[0]!.cron, /^\d+ \d+ \* \* [0-6]$/);
    const job = jobOf(workflow, "external-links");
    assert.deepEqual(runs(job).slice(2), [
      "npm run build",
      "npm run --silent check -- --external --json > findings.json",
      "npx tsx scripts/dead-links-issue.ts findings.json",
    ]);
    assert.equal(job.steps.at(-1)?.env?.GITHUB_TOKEN, "${{ github.token }}");
  });

  it("build the site on Debian only, with its Chromium installed first to draw the diagrams", () => {
    const building = allJobs.filter(({ job }) => runs(job).some((run) => /^npm run build/.test(run)));
    assert.deepEqual(building.map(({ name }) => name).sort(), ["external-links", "pages-build", "test"]);
    for (const { file, name, job } of building) {
      assert.equal(job.container, "node:20-bookworm", `${file} ${name}`);
      const list = runs(job);
      const chromium = list.indexOf("bash scripts/setup-debian.sh chromium");
      assert.ok(chromium >= 0 && chromium < list.findIndex((run) => /^npm run build/.test(run)), `${file} ${name}`);
    }
  });

  it("name only npm scripts, scripts and step outputs that exist", () => {
    for (const { file, name, job } of allJobs) {
      for (const run of runs(job)) {
        for (const [, script] of run.matchAll(/npm run (?:--silent )?([\w:-]+)/g))
          assert.ok(scripts[script!], `${file} ${name}: npm run ${script}`);
        for (const [, script] of run.matchAll(/npx tsx (\S+)/g))
          assert.ok(existsSync(path.join(PROJECT_ROOT, script!)), `${file} ${name}: ${script}`);
      }
      const ids = new Set(job.steps.map((step) => step.id));
      for (const [, id] of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs/g))
        assert.ok(ids.has(id), `${file} ${name}: steps.${id}`);
    }
  });
});

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  container?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
