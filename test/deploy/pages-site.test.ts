import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { completePagesFolder, pagesTarget } from "../../lib/deploy/pages-site.ts";

describe("where a copy of the help on GitHub or GitLab Pages lives", () => {
  it("is /aide/ under the project's Pages URL, the sitemap on its origin", () => {
    assert.deepEqual(pagesTarget("https://ign.gitlab.io/aide-cartes"), {
      siteUrl: "https://ign.gitlab.io",
      pathPrefix: "/aide-cartes/aide/",
      siteDir: "aide",
    });
    assert.deepEqual(pagesTarget("https://ignf.github.io/cartes.gouv.fr-aide/"), {
      siteUrl: "https://ignf.github.io",
      pathPrefix: "/cartes.gouv.fr-aide/aide/",
      siteDir: "aide",
    });
  });

  it("is /aide/ itself on a domain of its own, as in production", () => {
    assert.deepEqual(pagesTarget("https://aide.example.fr"), {
      siteUrl: "https://aide.example.fr",
      pathPrefix: "/aide/",
      siteDir: "aide",
    });
  });
});

describe("a Pages folder", () => {
  it("has the site's home and 404 pages and its icon at its root, and none of the build's dot files", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "aide-pages-"));
    mkdirSync(path.join(folder, "aide/fr"), { recursive: true });
    for (const [file, text] of Object.entries({
      "index.html": "accueil",
      "404.html": "introuvable",
      "favicon.ico": "icône",
      ".pages.json": "{}",
      "fr/index.html": "fr",
    }))
      writeFileSync(path.join(folder, "aide", file), text);
    completePagesFolder(folder);
    assert.deepEqual(readdirSync(folder).sort(), ["404.html", "aide", "favicon.ico", "index.html"]);
    assert.equal(readFileSync(path.join(folder, "404.html"), "utf8"), "introuvable");
    assert.equal(readFileSync(path.join(folder, "index.html"), "utf8"), "accueil");
    assert.deepEqual(readdirSync(path.join(folder, "aide")).sort(), ["404.html", "favicon.ico", "fr", "index.html"]);
  });
});

describe("`npm run build:pages -- --url=… --out=…` builds the Pages folder", () => {
  let out: string;
  before(async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), "aide-pages-")), "public");
    await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/build-pages.ts",
      "--url=https://ign.gitlab.io/aide-cartes",
      `--out=${out}`,
    ]);
  });

  it("with the site under aide/, its links under the project's path, its search index, without its page list", () => {
    const home = readFileSync(path.join(out, "aide/fr/index.html"), "utf8");
    assert.match(home, /href="\/aide-cartes\/aide\/fr\/guides-producteur\/"/);
    assert.ok(existsSync(path.join(out, "aide/pagefind/pagefind.js")));
    assert.equal(existsSync(path.join(out, "aide/.pages.json")), false);
  });

  it("sends visitors of the root to the French home, and unknown addresses to the site's 404 page", () => {
    assert.match(readFileSync(path.join(out, "index.html"), "utf8"), /url=\/aide-cartes\/aide\/fr\//);
    assert.match(readFileSync(path.join(out, "404.html"), "utf8"), /<h1>Page non trouvée<\/h1>/);
  });

  it("lists the pages at their Pages address in the sitemap", () => {
    assert.match(
      readFileSync(path.join(out, "aide/sitemap.xml"), "utf8"),
      /<loc>https:\/\/ign\.gitlab\.io\/aide-cartes\/aide\/fr\/<\/loc>/,
    );
  });

  it("refuses to empty a folder that is not a Pages folder, such as the site's own public/", async () => {
    const before = readdirSync("public").sort();
    const failure = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/build-pages.ts",
      "--url=https://ign.gitlab.io/aide-cartes",
      "--out=public",
    ]).then(
      () => assert.fail("build:pages should refuse public/"),
      (caught: { code: number; stderr: string }) => caught,
    );
    assert.equal(failure.code, 2);
    assert.match(failure.stderr, /--out=public n’est pas un dossier Pages, et la construction le viderait/);
    assert.deepEqual(readdirSync("public").sort(), before);
  });
});
