import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { buildSite } from "../../lib/pipeline/build-site.ts";
import { fileSystemFinding } from "../../lib/pipeline/file-system-error.ts";
import { withoutPanic } from "../../lib/search/index-site.ts";
import { folderDigest } from "../support/build-process.ts";
import { canMount, inTmpfs, readOnly } from "../support/mounts.ts";

const CLEAN = "test/fixtures/clean/content";
const mounting = canMount();
const skip = mounting ? false : "monter un système de fichiers demande les droits root (la CI les a)";

describe("a file system failure is said in French: the step, the path, the fix", () => {
  it("from Node's errors, naming the file that could not be written", () => {
    const cause = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      path: "/srv/aide/_site.tmp-12/fr/index.html",
    });
    assert.equal(
      formatFinding(fileSystemFinding("écriture des pages", { originalError: cause })!),
      "/srv/aide/_site.tmp-12/fr/index.html erreur : écriture des pages : plus de place sur le disque — libérez de la place sur le disque de /srv/aide/_site.tmp-12/fr, puis relancez la construction",
    );
  });

  it("from Pagefind's Rust panic, without its wording", () => {
    const panic =
      "thread 'main' (28356) panicked at pagefind/src/output/mod.rs:464:36:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 30, kind: ReadOnlyFilesystem, message: \"Read-only file system\" }\nnote: run with `RUST_BACKTRACE=1`";
    const finding = fileSystemFinding("écriture de l’index de recherche", panic, "/srv/aide/_site.tmp-3")!;
    assert.equal(finding.message, "écriture de l’index de recherche : disque en lecture seule");
    assert.equal(finding.file, "/srv/aide/_site.tmp-3");
    assert.doesNotMatch(`${finding.message} ${finding.fix}`, /panicked|unwrap|Os \{/);
    assert.equal(
      withoutPanic(`${panic.replace("Os { code: 30", "Other { code: 999")}`),
      'Other { code: 999, kind: ReadOnlyFilesystem, message: "Read-only file system" }',
    );
  });

  it("and is nothing else: an error that is no file system failure is left to others", () => {
    assert.equal(fileSystemFinding("écriture des pages", new Error("filter not found: majuscules")), undefined);
  });
});

describe("a build on a disk that refuses to write stops, says why, and leaves the disk as it was", { skip }, () => {
  const publishedBefore = (folder: string) => {
    mkdirSync(path.join(folder, "_site"));
    writeFileSync(path.join(folder, "_site", "index.html"), "site publié avant");
    return folderDigest(path.join(folder, "_site"));
  };

  it("disk full while the pages are written", async () => {
    await inTmpfs(512, async (folder) => {
      const before = publishedBefore(folder);
      const result = await buildSite({ input: CLEAN, output: path.join(folder, "_site"), inChildProcess: true });
      assert.deepEqual(result.findings.map(formatFinding), [
        `${folder}/_site erreur : écriture des pages : plus de place sur le disque — libérez de la place sur le disque de ${folder}, puis relancez la construction`,
      ]);
      assert.deepEqual(folderDigest(path.join(folder, "_site")), before);
      assert.deepEqual(readdirSync(folder), ["_site"]);
    });
  });

  for (const [step, options] of [
    ["écriture de l’index de recherche", { skipCompression: true }],
    ["compression des fichiers", { skipSearch: true }],
  ] as const) {
    it(`disk full at the ${step === "compression des fichiers" ? "compression" : "search index"}, once the pages are written`, async () => {
      // Room for the pages and a little more: the step after them fills the disk.
      const pages = await buildSite({
        input: CLEAN,
        output: path.join(mkdtempSync(path.join(tmpdir(), "aide-")), "_site"),
        skipSearch: true,
        skipCompression: true,
      });
      const kib = Math.ceil(diskUsageKib(pages.outputDir) * 1.02) + 24;
      await inTmpfs(kib, async (folder) => {
        const result = await buildSite({
          input: CLEAN,
          output: path.join(folder, "_site"),
          inChildProcess: true,
          ...options,
        });
        assert.equal(result.ok, false);
        assert.deepEqual(
          result.findings.map((finding) => finding.message),
          [`${step} : plus de place sur le disque`],
          result.findings.map(formatFinding).join("\n"),
        );
        assert.deepEqual(readdirSync(folder), [], "no staging folder nor lock left");
      });
    });
  }

  it("read-only disk: refused before anything is written", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "aide-lecture-seule-"));
    const before = publishedBefore(folder);
    await readOnly(folder, async () => {
      const result = await buildSite({ input: CLEAN, output: path.join(folder, "_site"), inChildProcess: true });
      assert.deepEqual(result.findings.map(formatFinding), [
        `${folder}/_site erreur : préparation du dossier de construction : disque en lecture seule — construisez sur un disque où l’on peut écrire : ${folder} ne peut pas être modifié`,
      ]);
    });
    assert.deepEqual(folderDigest(path.join(folder, "_site")), before);
    assert.deepEqual(readdirSync(folder), ["_site"]);
  });

  it("permission refused: a build by a user who may not write in the folder", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "aide-droits-"));
    // The build runs as `nobody`, for whom the folder (root's, 0700 by mkdtemp) is closed.
    const script = `import { buildSite } from ${JSON.stringify(path.resolve("lib/pipeline/build-site.ts"))};
      const result = await buildSite({ input: ${JSON.stringify(CLEAN)}, output: ${JSON.stringify(path.join(folder, "_site"))}, inChildProcess: true });
      console.log(JSON.stringify(result.findings));`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      uid: 65534,
      gid: 65534,
      encoding: "utf8",
      env: { ...process.env, HOME: tmpdir() },
    });
    assert.equal(run.status, 0, run.stderr);
    const [finding, ...others] = JSON.parse(run.stdout) as { file: string; message: string; fix: string }[];
    assert.deepEqual(others, []);
    assert.equal(finding?.message, "préparation du dossier de construction : permission refusée");
    assert.equal(finding?.file, `${folder}/_site`);
    assert.match(finding?.fix ?? "", /donnez le droit d’écrire dans/);
  });
});

function diskUsageKib(folder: string): number {
  return Number(spawnSync("du", ["-sk", folder], { encoding: "utf8" }).stdout.split("\t")[0]);
}
