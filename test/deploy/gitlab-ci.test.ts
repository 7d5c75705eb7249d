import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

// There is no offline validator of .gitlab-ci.yml for Node 20 (gitlab-ci-local, which carries
// GitLab's schema, needs Node 22): its keywords are checked against GitLab's reference here.
// https://docs.gitlab.com/ci/yaml/
const GLOBAL_KEYWORDS = ["default", "include", "stages", "variables", "workflow"];
/** Deprecated global keywords: a job of that name would be read as the keyword. */
const RESERVED = ["image", "services", "cache", "before_script", "after_script", "spec"];
const JOB_KEYWORDS = new Set(
  "after_script allow_failure artifacts before_script cache coverage dast_configuration dependencies environment except extends hooks id_tokens identity image inherit interruptible manual_confirmation needs only pages parallel release resource_group retry rules run script secrets services stage tags timeout trigger variables when".split(
    " ",
  ),
);

const text = readFileSync(path.join(PROJECT_ROOT, ".gitlab-ci.yml"), "utf8");
const config = parse(text) as Record<string, unknown>;
const jobs = Object.fromEntries(Object.entries(config).filter(([key]) => !GLOBAL_KEYWORDS.includes(key))) as Record<
  string,
  Job
>;
const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"),
).scripts;

/** A job as written in .gitlab-ci.yml: throws if there is none of that name. */
function ownJob(name: string): Job {
  const own = jobs[name];
  if (!own) throw new Error(`.gitlab-ci.yml has no job ${name} (${Object.keys(jobs).join(", ")})`);
  return own;
}

/** A job with what it `extends` merged in, as GitLab does (one level deep, enough here). */
function job(name: string): Job {
  const own = ownJob(name);
  return own.extends ? { ...ownJob(own.extends), ...own } : own;
}

describe(".gitlab-ci.yml, the same jobs for GitLab", () => {
  it("is made of GitLab's global keywords and jobs written with GitLab's job keywords, none named after a global keyword", () => {
    assert.deepEqual(
      Object.keys(jobs).filter((name) => RESERVED.includes(name)),
      [],
    );
    for (const [name, definition] of Object.entries(jobs))
      assert.deepEqual(
        Object.keys(definition).filter((key) => !JOB_KEYWORDS.has(key)),
        [],
        name,
      );
  });

  it("has the stages test and deploy, and the four jobs in them", () => {
    assert.deepEqual(config.stages, ["test", "deploy"]);
    const stages = Object.fromEntries(
      Object.keys(jobs)
        .filter((name) => !name.startsWith("."))
        .map((name) => [name, job(name).stage]),
    );
    assert.deepEqual(stages, { test: "test", pages: "deploy", "container-image": "deploy", "external-links": "test" });
  });

  it("installs with npm ci on Node 20 Debian, keeping npm's cache and the build's caches, node_modules/.cache/ set aside from npm ci", () => {
    const node = ownJob(".node");
    assert.equal(node.image, "node:20-bookworm");
    assert.deepEqual(node.before_script?.[0], "npm ci --ignore-scripts --no-audit --no-fund");
    assert.deepEqual(
      node.cache?.flatMap((cache) => cache.paths),
      [".npm/", ".cache/"],
    );
    assert.match(node.before_script?.[1] ?? "", /mv \.cache\/node_modules node_modules\/\.cache/);
    // Every job builds the site, and Chromium draws the diagrams the cache lacks.
    assert.equal(node.before_script?.[2], "bash scripts/setup-debian.sh chromium");
    assert.match(node.after_script?.[0] ?? "", /mv node_modules\/\.cache \.cache\/node_modules/);
    assert.equal((config.variables as Record<string, string>).npm_config_cache, "$CI_PROJECT_DIR/.npm");
    assert.equal(
      (config.variables as Record<string, string>).GIT_DEPTH,
      "0",
      "the pages' dates come from the whole history",
    );
  });

  it("tests merge requests and pushes with npm test, and keeps the built site", () => {
    const test = job("test");
    assert.deepEqual(test.script, ["npm run build", "npm test"]);
    assert.deepEqual(test.artifacts?.paths, ["_site/"]);
    const [first] = test.rules ?? [];
    assert.ok(first, "a first rule");
    assert.equal(first.when, "never");
    assert.match(String(first.if), /schedule/);
  });

  it("publishes the default branch on GitLab Pages: built under /aide/ of the project's Pages URL, moved to public/", () => {
    const pages = job("pages");
    assert.deepEqual(pages.script, [
      'npm run build:pages -- --url="$CI_PAGES_URL" --out=_pages',
      "rm -rf public && mv _pages public",
    ]);
    assert.deepEqual(pages.artifacts?.paths, ["public"]);
    assert.deepEqual(pages.rules, [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push"' }]);
  });

  it("pushes the image of deploy/Dockerfile to the project's registry for a version tag", () => {
    const image = job("container-image");
    assert.deepEqual(image.rules, [{ if: "$CI_COMMIT_TAG =~ /^v/" }]);
    const script = image.script?.join("\n") ?? "";
    assert.match(script, /docker login --username "\$CI_REGISTRY_USER" --password-stdin "\$CI_REGISTRY"/);
    assert.match(script, /docker build --file deploy\/Dockerfile --tag "\$CI_REGISTRY_IMAGE:\$\{CI_COMMIT_TAG#v\}" \./);
    assert.match(script, /docker push "\$CI_REGISTRY_IMAGE:\$\{CI_COMMIT_TAG#v\}"/);
    assert.ok(existsSync(path.join(PROJECT_ROOT, "deploy/Dockerfile")));
  });

  it("checks the external links in scheduled pipelines only, and keeps their issue with the project's token", () => {
    const links = job("external-links");
    assert.deepEqual(links.rules, [{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    assert.deepEqual(links.script, [
      "npm run build",
      "npm run --silent check -- --external --json > findings.json",
      "npx tsx scripts/dead-links-issue.ts findings.json",
    ]);
    assert.match(text, /AIDE_ISSUES_TOKEN/);
    assert.match(
      readFileSync(path.join(PROJECT_ROOT, "scripts/dead-links-issue.ts"), "utf8"),
      /env\.AIDE_ISSUES_TOKEN/,
    );
  });

  it("names only npm scripts and scripts that exist", () => {
    for (const [name, definition] of Object.entries(jobs)) {
      for (const line of [...(definition.before_script ?? []), ...(definition.script ?? [])]) {
        for (const [, script] of line.matchAll(/npm run (?:--silent )?([\w:-]+)/g))
          assert.ok(scripts[script!], `${name}: npm run ${script}`);
        for (const [, script] of line.matchAll(/npx tsx (\S+)/g))
          assert.ok(existsSync(path.join(PROJECT_ROOT, script!)), `${name}: ${script}`);
      }
    }
  });
});

interface Job {
  extends?: string;
  stage?: string;
  image?: string;
  cache?: { key: unknown; paths: string[] }[];
  before_script?: string[];
  after_script?: string[];
  script?: string[];
  artifacts?: { paths: string[] };
  rules?: { if?: string; when?: string }[];
}
