import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";
import { indexedPages } from "../support/pagefind-index.ts";

describe("the swaggerui component", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("api-reference");
  });

  it("writes the reference of a description in public/ or beside the page, checked like any page", () => {
    assert.deepEqual(buildReport(site), { exitCode: 0, findings: [] });
    const page = parseHtml(site.html("/fr/api/"));
    const [stations, releves] = select(page, "div.frx-api");
    assert.equal(stations!.attribs.id, "stations");
    assert.match(releves!.attribs.id!, /^swaggerui-\d+$/);
    assert.equal(selectOne(stations!, "a[download]").attribs.href, "/data/api/stations.json");
    assert.equal(select(releves!, "a[download]").length, 0);
  });

  it("stays HTML inside the Markdown page, the descriptions' paragraphs and code included", () => {
    const html = site.html("/fr/api/");
    assert.doesNotMatch(html, /&lt;|<p>\s*<(p|div|h\d|table)\b/);
    const stations = selectOne(parseHtml(html), "div#stations");
    assert.deepEqual(select(stations, "section.frx-api__operation > p").map(textOf).slice(0, 3), [
      "Lire une station",
      "Une station du réseau.",
      "Son code a huit chiffres, par exemple :",
    ]);
    assert.equal(selectOne(stations, "section pre code").children.length > 0, true);
    assert.match(html, /38185001\n<span><\/span>\n38185002/);
  });

  it("titles themes one level below the heading above the call, operations below them", () => {
    const page = parseHtml(site.html("/fr/api/"));
    const stations = selectOne(page, "div#stations");
    assert.equal(textOf(selectOne(stations, "h3#stations-stations")), "Stations");
    assert.equal(textOf(selectOne(stations, "h4#stations-get-stations-code")), "GET /stations/{code}");
    assert.deepEqual(select(stations, "h5").map(textOf), ["Paramètres", "Réponses"]);
  });

  it("links a named schema to its table, and shows a coloured example made from it", () => {
    const page = parseHtml(site.html("/fr/api/"));
    const stations = selectOne(page, "div#stations");
    const link = select(stations, "table a").find((a) => textOf(a) === "Station")!;
    assert.equal(link.attribs.href, "#stations-schema-station");
    assert.equal(textOf(selectOne(stations, "#stations-schema-station")), "Station");
    const example = selectOne(stations, "div.frx-code pre code.language-json");
    assert.match(textOf(example), /"code": "38185001", "altitude": 0/);
    assert.ok(select(example, "span.frx-tk-string").length > 0);
    const schemaRows = select(stations, "section[aria-labelledby=stations-schema-station] tbody tr");
    assert.deepEqual(
      schemaRows.map((row) => select(row, "td").map(textOf)),
      [
        ["code", "string", "oui", ""],
        ["altitude", "integer | null", "non", "Altitude en mètres."],
      ],
    );
  });

  it("is found by the search: its operations, parameters and schemas are in the page's index", async () => {
    const indexed = await buildFixture("api-reference", { skipSearch: false });
    const content = indexedPages(path.join(indexed.outputDir, "pagefind")).get("/fr/api/")?.content ?? "";
    for (const text of [
      "GET /stations/{code}",
      "Lire une station",
      "Altitude en mètres.",
      "Station",
      "Lister les relevés",
    ])
      assert.ok(content.includes(text), `« ${text} » : ${content}`);
  });
});

describe("a swaggerui call the build cannot honour", () => {
  it("stops the build: a remote address, which it will not fetch, a missing file, a broken one on its own line", async () => {
    const site = await buildFixture("api-reference-errors");
    const at = (file: string, line: number) =>
      `test/fixtures/api-reference-errors/content/fr/${file}:${line} erreur : composant "swaggerui", `;
    assert.deepEqual(buildReport(site), {
      exitCode: 1,
      findings: [
        `${at("absente.md", 7)}description OpenAPI introuvable : test/fixtures/api-reference-errors/public/data/api/absente.yaml — enregistrez le fichier dans le projet (public/…, publié tel quel) et donnez son adresse depuis la racine du site, ou son chemin depuis la page`,
        `${at("distante.md", 7)}la description « https://api.exemple.fr/v3/api-docs » est sur un autre site : la construction ne télécharge rien — enregistrez-la dans le projet, par exemple « curl -o public/data/api/api-docs.json https://api.exemple.fr/v3/api-docs », puis écrivez url: "/data/api/api-docs.json" ; mettez le fichier à jour de la même façon quand l’API change`,
        `${at("illisible.yaml", 4)}description OpenAPI illisible : YAML invalide (champ écrit deux fois) — vérifiez l’indentation (des espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
      ],
    });
  });
});
