import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { draftUrl } from "../../lib/eleventy/drafts.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";
import { layoutTargets } from "../support/layout-targets.ts";

const DRAFT = "/fr/guide-utilisateur/changements/brouillon/";

describe("the URL a draft would have", () => {
  it("is Eleventy's default one, or its permalink when it is a plain path", () => {
    const page = (filePathStem: string) => ({ inputPath: "x", filePathStem });
    assert.equal(draftUrl({ page: page("/fr/actualites/a") }), "/fr/actualites/a/");
    assert.equal(draftUrl({ page: page("/fr/actualites/index") }), "/fr/actualites/");
    assert.equal(draftUrl({ page: page("/fr/plan/plan") }), "/fr/plan/");
    assert.equal(draftUrl({ page: page("/fr/a"), permalink: "/fr/ailleurs/index.html" }), "/fr/ailleurs/");
    assert.equal(draftUrl({ page: page("/fr/a"), permalink: "/fr/{{ title | slugify }}/" }), "/fr/a/");
  });
});

/** What `npm start` shows: the same configuration, run by Eleventy in its `serve` mode. */
describe("drafts in the preview", () => {
  let output: string;
  const html = (url: string) => parseHtml(readFileSync(path.join(output, url, "index.html"), "utf8"));

  before(async () => {
    output = path.join(mkdtempSync(path.join(tmpdir(), "aide-apercu-")), "_site");
    const input = "test/fixtures/posts/content";
    const eleventy = new Eleventy(input, output, {
      configPath: ".eleventy.ts",
      quietMode: true,
      runMode: "serve",
      source: "cli",
      config: (eleventyConfig: UserConfig) => {
        // Eleventy keeps the layouts compiled by the process's first build, with that build's filters.
        eleventyConfig.setUseTemplateCache(false);
        layoutTargets(input)(eleventyConfig);
      },
    });
    (eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger({
      log() {},
      info() {},
      warn() {},
      error() {},
    });
    await eleventy.write();
  });

  it("are shown with a « Brouillon » badge under their title", () => {
    const page = html(DRAFT);
    assert.equal(textOf(selectOne(page, "h1")), "Une livraison à venir");
    assert.equal(textOf(selectOne(page, ".frx-page-status .fr-badge--warning")), "Brouillon");
  });

  it("are listed among the posts with the same badge, where they will be once published", () => {
    const first = selectOne(html("/fr/guide-utilisateur/changements/"), "#publication-1");
    assert.equal(textOf(selectOne(first, ".fr-card__title")), "Une livraison à venir");
    assert.deepEqual(select(first, ".fr-badge").map(textOf), ["Brouillon"]);
  });
});
