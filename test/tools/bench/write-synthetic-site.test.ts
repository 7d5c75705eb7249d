import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pictogramNames, resolvePictogram } from "../../../lib/dsfr/pictogram-files.ts";
import { type BuildResult, buildSite, PROJECT_ROOT } from "../../../lib/pipeline/build-site.ts";
import { benchSiteFolder } from "../../../tools/bench/bench-site-folder.ts";
import { type SyntheticSite, syntheticSite } from "../../../tools/bench/synthetic-site.ts";
import { writeSyntheticSite } from "../../../tools/bench/write-synthetic-site.ts";

describe("a small synthetic site, written inside the real site's frame", () => {
  let root: string;
  let site: SyntheticSite;
  let result: BuildResult;
  const html = (url: string) => readFileSync(path.join(root, "_site", url, "index.html"), "utf8");

  before(async () => {
    root = benchSiteFolder("test-");
    site = syntheticSite({
      pages: 60,
      seed: 3,
      pictograms: pictogramNames().filter((name) => resolvePictogram(name)?.fromDsfr),
    });
    writeSyntheticSite(root, site);
    result = await buildSite({
      input: path.relative(PROJECT_ROOT, path.join(root, "content")),
      output: path.join(root, "_site"),
      skipSearch: true,
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("keeps the frame's pages but not the real guides nor their images", () => {
    assert.ok(existsSync(path.join(root, "content/fr/mentions-legales.md")));
    assert.ok(existsSync(path.join(root, "public/css/site.css")));
    assert.equal(
      existsSync(path.join(root, "content/fr/guides-producteur/presentation/connexion-inscription.md")),
      false,
    );
    assert.equal(
      existsSync(path.join(root, "public/img/guides/producteur/presentation/connexion-inscription/01_accueil.png")),
      false,
    );
  });

  it("builds with the real configuration without a single finding", () => {
    assert.deepEqual(result.findings, []);
    assert.equal(result.ok, true);
  });

  it("gives its deepest pages a breadcrumb of their three ancestors and an unfolded side menu", () => {
    // A page read in tabs stands behind its parent in the side menu: the deepest page that is not a tab.
    const deepest = site.pages.find((page) => page.level === 4 && !page.tertiaryTitle)!;
    const crumbs = [...html(deepest.url).matchAll(/class="fr-breadcrumb__link"[^>]*>([^<]+)</g)].map(
      (match) => match[1],
    );
    assert.equal(crumbs.length, 5, crumbs.join(" › "));
    assert.match(html(deepest.url), new RegExp(`class="fr-sidemenu__link" href="${deepest.url}" aria-current="page"`));
  });
});
