import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";

const ERRORS = "test/fixtures/diagram-errors/content/index.md";
const FIX_SYNTAX = "corrigez la syntaxe à cette ligne (https://mermaid.js.org/intro/syntax-reference.html)";
const NO_BROWSER = "/nonexistent/chromium";

describe("Mermaid diagrams in a built page", () => {
  const cache = mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
  let site: BuiltSite;
  before(async () => {
    site = await withEnvironment({ AIDE_DIAGRAM_CACHE: cache }, () => buildFixture("diagrams"));
  });

  it("are drawn inline in a figure, named by their title shown as the caption, their source in a details", () => {
    assert.deepEqual(buildReport(site), { exitCode: 0, findings: [] });
    const page = parseHtml(site.html("/index.html"));
    const [titled, named] = select(page, "div.frx-diagram");
    assert.ok(titled && named);
    const svg = selectOne(titled, "svg");
    assert.equal(svg.attribs.role, "img");
    assert.equal(textOf(selectOne(page, `#${svg.attribs["aria-labelledby"]}`)), "Circuit d’une livraison");
    assert.match(
      textOf(selectOne(titled, "details")),
      /^Texte du diagramme \(Mermaid\).*--- title: Circuit d’une livraison --- flowchart LR/,
    );
    // Without a title, the name is Mermaid's <title>, from accTitle.
    const other = selectOne(named, "svg");
    assert.equal(textOf(selectOne(named, `#${other.attribs["aria-labelledby"]}`)), "Deux étapes");
    assert.equal(select(named, "figcaption").length, 0);
  });

  it("leave no style element or attribute in the page, which the CSP would block", () => {
    assert.doesNotMatch(site.html("/index.html"), /<style|\sstyle=/);
  });

  it("cost no browser once drawn: the same site builds again from the cache without Chromium", async () => {
    const again = await withEnvironment({ AIDE_DIAGRAM_CACHE: cache, CHROMIUM_PATH: NO_BROWSER }, () =>
      buildFixture("diagrams"),
    );
    assert.deepEqual(buildReport(again), { exitCode: 0, findings: [] });
    assert.equal(again.html("/index.html"), site.html("/index.html"));
  });

  it("need no browser on a site without diagrams", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
    const clean = await withEnvironment({ AIDE_DIAGRAM_CACHE: empty, CHROMIUM_PATH: NO_BROWSER }, () =>
      buildFixture("clean"),
    );
    assert.equal(buildReport(clean).exitCode, 0);
  });

  it("stop the build, on each diagram's line, when Chromium is missing, naming the package to install", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
    const built = await withEnvironment({ AIDE_DIAGRAM_CACHE: empty, CHROMIUM_PATH: NO_BROWSER }, () =>
      buildFixture("diagrams"),
    );
    const fix =
      "installez le paquet Debian « chromium » (sudo apt-get install chromium) ou donnez le chemin d’un Chromium dans CHROMIUM_PATH ; « npm ci » installe playwright-core";
    assert.deepEqual(buildReport(built), {
      exitCode: 1,
      findings: [19, 8].map(
        (line) =>
          `test/fixtures/diagrams/content/index.md:${line} erreur : diagramme Mermaid non dessiné : Chromium introuvable (${NO_BROWSER}) — ${fix}`,
      ),
    });
  });
});

describe("A page with a broken diagram or an unknown language", () => {
  it("stops the build on the diagram's line with Mermaid's message in French, and warns of the language", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "aide-diagrammes-"));
    const built = await withEnvironment({ AIDE_DIAGRAM_CACHE: cache }, () => buildFixture("diagram-errors"));
    assert.deepEqual(buildReport(built), {
      exitCode: 1,
      findings: [
        `${ERRORS}:18 erreur : diagramme Mermaid illisible (ligne 5 du diagramme) : attendu : « ; », une fin de ligne, la fin du diagramme, « & », un lien, un lien (« --> ») ; trouvé : « - » (près de « flowchart LR a -> b ») — ${FIX_SYNTAX}`,
        `${ERRORS}:23 erreur : diagramme sans titre : les lecteurs d’écran n’ont rien à annoncer — ajoutez en tête du bloc un en-tête « --- », « title: Ce que montre le diagramme », « --- » (affiché en légende)`,
        `${ERRORS}:7 avertissement : langage « jsonc » inconnu après \`\`\` : le bloc est affiché sans coloration — vouliez-vous dire « json » ? langages reconnus : bash, css, csv, diff, html, javascript, json, markdown, njk, python, sql, typescript, xml, yaml ; « plain » pour du texte sans coloration`,
      ],
    });
  });
});

/** Runs a build with some environment variables set, as `CHROMIUM_PATH=… npm run build` would. */
async function withEnvironment<T>(values: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}
