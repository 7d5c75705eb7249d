import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { planMigration } from "../../lib/migrate/plan-migration.ts";
import { filesOnDisk } from "../../lib/migrate/site-files.ts";
import { memoryFiles } from "../support/memory-files.ts";

const SOURCE = "test/fixtures/eleventy-dsfr-site";
const source = () => filesOnDisk(SOURCE);
const sample = (file: string) => ({ [file]: readFileSync(file) });

describe("importing an eleventy-dsfr site", () => {
  it("keeps every page body byte for byte, changing only the front matter that needs it", () => {
    const project = memoryFiles();
    project.apply(planMigration(source(), project));
    for (const page of [
      "content/fr/guide-exemple/seconde-page.md",
      "content/fr/guide-exemple.md",
      "content/fr/index.njk",
    ])
      assert.equal(project.text(page), readFileSync(`${SOURCE}/${page}`, "utf8"), page);
    const changed = project.text("content/fr/guide-exemple/premiere-page.md") ?? "";
    const original = readFileSync(`${SOURCE}/content/fr/guide-exemple/premiere-page.md`, "utf8");
    assert.equal(changed, original.replace('    permalink: "/premiere-page"\n', ""));
  });

  it("converts its CommonJS folder data: plain data to JSON, data with code to .cjs, the .js files left out", () => {
    const project = memoryFiles();
    project.apply(planMigration(source(), project));
    assert.deepEqual(JSON.parse(project.text("content/fr/guide-exemple/guide-exemple.11tydata.json") ?? ""), {
      layout: "layouts/article.njk",
      tags: ["Exemple"],
      segments: [{ url: "/guide-exemple/", title: "Guide d’exemple" }],
      eleventyNavigation: { nav: "guide-exemple" },
    });
    assert.equal(
      project.text("content/fr/fr.11tydata.cjs"),
      readFileSync(`${SOURCE}/content/fr/fr.11tydata.js`, "utf8"),
    );
    assert.deepEqual(
      project.list().filter((file) => file.endsWith(".11tydata.js")),
      [],
    );
  });

  it("copies its public files but the scripts and styles of its templates, and none of its templates or global data", () => {
    const project = memoryFiles();
    project.apply(planMigration(source(), project));
    assert.ok(project.read("public/img/carte.png"));
    assert.ok(project.read("public/js/contact.js"));
    for (const left of [
      "public/js/blog.js",
      "public/css/index.css",
      "_data/metadata.js",
      "_includes/layouts/article.njk",
      "package.json",
    ])
      assert.equal(project.read(left), undefined, left);
  });

  it("lets the generator's own pages replace its 404, search, site map, feeds and English pages, with redirects from the addresses readers know", () => {
    const project = memoryFiles();
    const plan = planMigration(source(), project);
    project.apply(plan);
    for (const replaced of [
      "content/404.njk",
      "content/index.html",
      "content/fr/search-results.njk",
      "content/feed/feed.njk",
      "content/en/index.njk",
    ])
      assert.equal(project.read(replaced), undefined, replaced);
    assert.deepEqual(JSON.parse(project.text("_data/redirects.json") ?? ""), [
      { from: "/en/", to: "/fr/" },
      { from: "/fr/search-results/", to: "/fr/recherche/" },
      { from: "/plan-du-site/", to: "/fr/plan-du-site/" },
    ]);
  });

  it("keeps a news section's old feed addresses in its front matter, where the generator publishes its feeds too", () => {
    const project = memoryFiles();
    const plan = planMigration(source(), project);
    project.apply(plan);
    const original = readFileSync(`${SOURCE}/content/fr/nouveautes.md`, "utf8");
    assert.equal(
      project.text("content/fr/nouveautes.md"),
      original.replace(
        "fluxRssPath: /feed/actualites/nouveautes.json\n",
        "posts:\n    formerFeeds:\n        - /feed/actualites/nouveautes.json\n        - /feed/actualites/nouveautes.xml\n",
      ),
    );
    assert.match(
      plan.report.pages.find((entry) => entry.file === "content/fr/nouveautes.md")?.note ?? "",
      /fluxRssPath.*anciennes adresses/,
    );
  });

  it("says which files of npm packages its configuration published are not carried over, and why", () => {
    const plan = planMigration(source(), memoryFiles());
    const note = (file: string) => plan.report.left.find((entry) => entry.file === file)?.note ?? "";
    assert.match(note("node_modules/markdown-it/dist/markdown-it.min.js → /js/markdown-it.min.js"), /non repris/);
    assert.match(note("node_modules/@gouvfr/dsfr/dist/artwork → /artwork"), /le générateur publie/);
  });

  it("keeps the redirects the site already lists, adding only the new ones", () => {
    const listed = [{ from: "/fr/search-results/", to: "/fr/recherche/", params: { term: "q" } }];
    const project = memoryFiles({ "_data/redirects.json": JSON.stringify(listed) });
    const plan = planMigration(source(), project);
    project.apply(plan);
    assert.deepEqual(JSON.parse(project.text("_data/redirects.json") ?? ""), [
      ...listed,
      { from: "/en/", to: "/fr/" },
      { from: "/plan-du-site/", to: "/fr/plan-du-site/" },
    ]);
    assert.deepEqual(
      plan.report.redirects.map((entry) => entry.file),
      ["/en/ → /fr/", "/plan-du-site/ → /fr/plan-du-site/"],
    );
  });

  it("puts the generator's sample pages aside, as shipped, and leaves the editor's other pages in place", () => {
    const project = memoryFiles({
      ...sample("content/fr/index.md"),
      ...sample("content/fr/guides-producteur/presentation/connexion-inscription.md"),
      "content/fr/rediger/index.md": "---\ntitle: Rédiger\n---\n",
    });
    const plan = planMigration(source(), project);
    assert.deepEqual(plan.asides, [
      "content/fr/index.md",
      "content/fr/guides-producteur/presentation/connexion-inscription.md",
    ]);
    project.apply(plan);
    assert.ok(project.read("content/fr/rediger/index.md"));
  });

  it("changes nothing the second time", () => {
    const project = memoryFiles(sample("content/fr/index.md"));
    project.apply(planMigration(source(), project));
    const again = planMigration(source(), project);
    assert.deepEqual(
      { writes: again.writes, asides: again.asides, conflicts: again.conflicts },
      { writes: [], asides: [], conflicts: [] },
    );
    assert.equal(again.report.upToDate, project.list().length);
  });

  it("never overwrites a project file that differs: a conflict, unless asked to replace it, the old one put aside", () => {
    const edited = "content/fr/guide-exemple/seconde-page.md";
    const project = memoryFiles({ [edited]: "---\ntitle: Ma version\n---\n" });
    const plan = planMigration(source(), project);
    assert.deepEqual(plan.conflicts, [{ path: edited, section: "pages" }]);
    assert.equal(
      plan.writes.some((write) => write.path === edited),
      false,
    );
    const replacing = planMigration(source(), project, { replace: true });
    assert.deepEqual(replacing.conflicts, []);
    assert.deepEqual(replacing.asides, [edited]);
    assert.ok(replacing.writes.some((write) => write.path === edited));
  });

  it("leaves a sample page the editor has changed where it is, as the editor's own", () => {
    const changed = `${readFileSync("content/fr/index.md", "utf8")}\nUne phrase ajoutée.\n`;
    const plan = planMigration(source(), memoryFiles({ "content/fr/index.md": changed }));
    assert.deepEqual(plan.asides, []);
  });
});
