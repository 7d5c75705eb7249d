import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { MANIFEST_FILE } from "../../lib/checks/model/site-manifest.ts";
import { buildSite } from "../../lib/pipeline/build-site.ts";
import { buildReport } from "../support/build-report.ts";

const fixture = (name: string) => path.join("test/fixtures", name, "content");

describe("a build publishes its site only when nothing is wrong", () => {
  it("a failing build leaves the previously published folder exactly as it was, and no temporary folder behind", async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site");
    assert.equal((await buildSite({ input: fixture("clean"), output, skipSearch: true })).ok, true);
    const home = readFileSync(path.join(output, "fr/index.html"), "utf8");
    writeFileSync(path.join(output, "marque.txt"), "publié avant");

    const failed = await buildSite({ input: fixture("broken-link"), output, skipSearch: true });
    assert.equal(failed.ok, false);
    assert.equal(readFileSync(path.join(output, "fr/index.html"), "utf8"), home);
    assert.equal(readFileSync(path.join(output, "marque.txt"), "utf8"), "publié avant");
    assert.equal(existsSync(path.join(output, "index.html")), false, "the broken site's home page was not published");
    assert.deepEqual(existsSync(`${output}.tmp-${process.pid}`), false);
  });

  it("a build that fails while rendering still reports the checks' problems, all at once", async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site");
    const { exitCode, findings } = buildReport(
      await buildSite({ input: fixture("unknown-component"), output, skipSearch: true }),
    );
    assert.equal(exitCode, 1);
    assert.ok(findings.some((line) => line.includes('composant "tuile" inconnu')));
    assert.ok(
      findings.some((line) => line.includes("lien cassé")),
      findings.join("\n"),
    );
  });

  it("leaves in the published folder the list of pages and their sources that `npm run check` reads", async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site");
    await buildSite({ input: fixture("clean"), output, skipSearch: true, pathPrefix: "/aide/" });
    const manifest = JSON.parse(readFileSync(path.join(output, MANIFEST_FILE), "utf8"));
    assert.equal(manifest.pathPrefix, "/aide/");
    const page = manifest.pages.find((item: { url: string }) => item.url === "/fr/guide/premiere-page/");
    assert.equal(page.inputPath, "test/fixtures/clean/content/fr/guide/premiere-page.md");
    assert.equal(page.outputPath, "/fr/guide/premiere-page/index.html");
    assert.deepEqual(page.data.eleventyNavigation, {
      nav: "essai",
      key: "Première page",
      parent: "Guide d’essai",
      order: 1,
    });
  });
});

describe("`npm run build` renders and checks in a process of its own", () => {
  it("publishes the same site as a build in this process, and says what the rendering process used", async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site");
    const result = await buildSite({ input: fixture("clean"), output, skipSearch: true, inChildProcess: true });
    assert.equal(result.ok, true, result.findings.map((finding) => finding.message).join("\n"));
    assert.match(
      readFileSync(path.join(output, "fr/guide/premiere-page/index.html"), "utf8"),
      /<h1>Première page<\/h1>/,
    );
    assert.deepEqual(Object.keys(result.timings), ["eleventy", "checks", "search", "compression"]);
    assert.ok(result.renderProcessUsage!.maxRssBytes > 50 * 2 ** 20 && result.renderProcessUsage!.cpuMs > 0);
  });

  it("reports rendering's problems and the checks' from the other process, as a build in this process does", async () => {
    const build = (inChildProcess: boolean) =>
      buildSite({
        input: fixture("unknown-component"),
        output: path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site"),
        skipSearch: true,
        inChildProcess,
      });
    const [here, apart] = [buildReport(await build(false)), buildReport(await build(true))];
    assert.equal(apart.exitCode, 1);
    assert.deepEqual(apart.findings, here.findings);
  });

  it("explains unreadable front matter from the other process too", async () => {
    const { findings } = buildReport(
      await buildSite({
        input: fixture("yaml-error"),
        output: path.join(mkdtempSync(path.join(tmpdir(), "aide-build-")), "_site"),
        skipSearch: true,
        inChildProcess: true,
      }),
    );
    assert.ok(
      findings.some((line) => line.includes("en-tête YAML illisible")),
      findings.join("\n"),
    );
  });
});
