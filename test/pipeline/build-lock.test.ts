import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { takeOutputLock } from "../../lib/pipeline/build-lock.ts";
import { buildSite } from "../../lib/pipeline/build-site.ts";

const output = () => path.join(mkdtempSync(path.join(tmpdir(), "aide-verrou-")), "_site");

describe("one build at a time writes to a folder", () => {
  it("a build is refused, in French, while another live process holds the folder's lock", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      const site = output();
      writeFileSync(`${site}.lock`, JSON.stringify({ pid: other.pid, command: "npm start" }));
      const result = await buildSite({ input: "test/fixtures/clean/content", output: site, skipSearch: true });
      assert.equal(result.ok, false);
      assert.deepEqual(result.findings.map(formatFinding), [
        `${site} erreur : ${site}/ est déjà en cours d’écriture par npm start (processus ${other.pid}) — attendez qu’elle se termine, ou arrêtez-la, puis relancez`,
      ]);
      assert.equal(existsSync(site), false, "nothing was written");
    } finally {
      other.kill();
    }
  });

  it("a lock left by a process that no longer runs is taken over, and released at the end", () => {
    const site = output();
    writeFileSync(`${site}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, command: "npm run build" }));
    const lock = takeOutputLock(site, "npm run build");
    assert.deepEqual(JSON.parse(readFileSync(lock.file, "utf8")), { pid: process.pid, command: "npm run build" });
    lock.release();
    assert.equal(existsSync(`${site}.lock`), false);
  });
});
