import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

describe("the dev server runs the checks after each rebuild, once the page is served", () => {
  let eleventy: ChildProcess | undefined;
  after(() => eleventy?.kill());

  it("prints the problems as warnings, keeps serving, and prints them again after an edit", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "aide-watch-"));
    cpSync("test/fixtures/broken-link/content", path.join(root, "content"), { recursive: true });
    const page = path.join(root, "content/index.md");
    // The same command as `npm start`, watching without serving (no port to find).
    eleventy = spawn(process.execPath, [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      `--input=${path.join(root, "content")}`,
      `--output=${path.join(root, "_site")}`,
      "--watch",
      "--incremental",
    ]);
    let output = "";
    eleventy.stdout!.on("data", (chunk) => (output += chunk));
    eleventy.stderr!.on("data", (chunk) => (output += chunk));
    const waitFor = (text: string, from = 0) =>
      until(
        () => {
          if (eleventy!.exitCode !== null)
            throw new Error(`Eleventy s’est arrêté (code ${eleventy!.exitCode}) :\n${output}`);
          return output.indexOf(text, from) >= 0;
        },
        `« ${text} » après :\n${output.slice(from)}`,
      );

    await waitFor("[11ty] Watching…");
    // The checks come once the rebuild is done and the browser has had the page.
    await waitFor("Vérifications (la publication serait refusée en cas d’erreur) :");
    assert.ok(output.indexOf("Vérifications (") > output.indexOf("[11ty] Watching…"));
    assert.match(
      output,
      /index\.md:6 erreur : lien cassé vers "\/gide\/" : aucune page à cette adresse — vouliez-vous dire "\/guide\/" \?/,
    );
    // The DSFR's fonts and icons are published before the checks read the site.
    assert.doesNotMatch(output, /introuvable/);
    assert.equal(eleventy.exitCode, null, "still running");

    const before = output.length;
    const edited = readFileSync(page, "utf8").replace("(/gide/)", "(/guide/)").replace("(/nulle-part/)", "(/encore/)");
    // Eleventy says "Watching…" before its watcher has read the folder: an edit made at once may
    // go unseen. The editor saves again, as one would, until a rebuild starts.
    await until(
      () => {
        if (output.length > before) return true;
        writeFileSync(page, edited);
        return false;
      },
      "une reconstruction après l’enregistrement de la page",
      60_000,
      500,
    );
    await waitFor('lien cassé vers "/encore/"', before);
    const rebuilt = output.slice(before);
    assert.match(rebuilt, /index\.md:6 erreur : lien cassé vers "\/encore\/"/);
    assert.doesNotMatch(rebuilt, /\/gide\//);
  });
});

async function until(condition: () => boolean, what: string, timeoutMs = 60_000, everyMs = 50): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`attendu en vain : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
