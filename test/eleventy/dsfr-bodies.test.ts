import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

/** Page bodies written for eleventy-dsfr, in test/fixtures/dsfr-bodies/, built as they are. */
describe("the template API of eleventy-dsfr page bodies", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("dsfr-bodies");
  });
  const content = (url: string) => /<div class="frx-content">([\s\S]*?)<\/article>/.exec(site.html(url))?.[1] ?? "";

  it("builds without a finding but the tags this small site gives one page each", () => {
    assert.deepEqual(
      site.findings.filter((finding) => finding.rule !== "tag-single-use"),
      [],
    );
  });

  it("runs loops over collections.all, with push, slice, lastIndexOf, startsWith and sort(attribute=…), into HTML", () => {
    const html = content("/fr/produits/decouverte-offre-produit/");
    assert.match(
      html,
      /<h2>Dernières éditions<\/h2>\s*<div class="fr-mb-10v">\s*<h3 class="fr-mb-4v"><a href="\/fr\/produits\/carte-relief\/"/,
    );
    assert.match(html, /<h2>Éditions historiques<\/h2>[\s\S]*carte-1950/);
    assert.match(html, /<p>Il y a 1 produit en dernière édition\.<\/p>/);
    assert.doesNotMatch(html, /<pre>|<code>/, "no indented HTML line turned into a code block");
  });

  it("draws the tags of another page with taggroup-disabled, small, as labels", () => {
    assert.match(
      content("/fr/produits/decouverte-offre-produit/"),
      /<ul class="fr-tags-group fr-tags-group--sm" data-pagefind-ignore>\s*<li><p class="fr-tag">Relief<\/p><\/li>\s*<li><p class="fr-tag">Cartes<\/p><\/li>/,
    );
  });

  it('takes table cells as one-line Markdown or HTML, and class: "" as no variant', () => {
    const html = content("/fr/composants/");
    assert.match(html, /<div class="fr-table" id="table-1">/);
    assert.match(
      html,
      /<td><a href="https:\/\/data\.geopf\.fr\/wmts" target="_blank" rel="noopener noreferrer" title="WMTS - ouvre une nouvelle fenêtre">data\.geopf\.fr\/wmts<\/a><\/td>/,
    );
    assert.match(html, /<td>Paramètre <code>layer<\/code> obligatoire<\/td>/);
    assert.match(html, /<td>Limité à 5 000 objets<br>par requête<\/td>/);
    assert.match(html, /<td>Jusqu’à 60\* minutes<\/td>/);
    assert.match(html, /<div class="fr-table fr-table--multiline" id="table-2">/);
  });

  it("draws a tile with a pictogram of the site's own (custom/…) and a relative address", () => {
    const html = content("/fr/composants/");
    assert.match(html, /<div class="fr-tile fr-enlarge-link fr-tile--sm" id="tile-1">/);
    assert.match(html, /<a href="\.\.\/produits\/">Produits<\/a>/);
    assert.match(html, /href="\/artwork\/pictograms\/custom\/atelier\.svg#artwork-major"/);
    assert.ok(readdirSync(path.join(site.outputDir, "artwork/pictograms/custom")).includes("atelier.svg"));
  });

  it("publishes a DSFR pictogram a page draws from /artwork/, where eleventy-dsfr publishes them", () => {
    assert.match(
      content("/fr/composants/"),
      /xlink:href="\/artwork\/pictograms\/digital\/ecosystem\.svg#artwork-major"/,
    );
    assert.ok(readdirSync(path.join(site.outputDir, "artwork/pictograms/digital")).includes("ecosystem.svg"));
  });

  it("fills accordions from a list set in the page, their content written as HTML", () => {
    assert.match(
      content("/fr/composants/"),
      /aria-controls="accordionsgroup-1-1">Accessibilité aux données<\/button>[\s\S]*<strong>accessibles à tous<\/strong>/,
    );
  });

  it("lists pages of a collection as small cards without images or tags, and as black tiles", () => {
    const html = content("/fr/composants/");
    const cards =
      /<div class="fr-grid-row fr-grid-row--gutters" id="card-list-1">([\s\S]*?)<div class="fr-grid-row/.exec(
        html,
      )?.[1] ?? "";
    assert.equal((cards.match(/class="fr-card fr-enlarge-link fr-card--sm"/g) ?? []).length, 2);
    assert.doesNotMatch(cards, /<img|fr-tag/);
    assert.equal((html.match(/class="fr-tile fr-enlarge-link frx-tile--black"/g) ?? []).length, 3);
    assert.match(
      html,
      /<img class="fr-responsive-img" src="\/img\/produits\/carte-1950\.png" alt="Extrait de la carte de 1950 autour de Lyon"/,
    );
  });

  it("reads a file of the project into a code block inside an accordion (readFILE)", () => {
    assert.match(
      content("/fr/donnees/"),
      /<code class="language-json">\{\n {4}<span class="frx-tk-constant">"processings"<\/span><span class="frx-tk-keyword">:<\/span> \[<span class="frx-tk-string">"integration-vecteur"<\/span>/,
    );
  });

  it("loads the scripts of {% js %} blocks from files, on that page only, with no inline script", () => {
    const html = site.html("/fr/nous-ecrire/");
    const pageScripts = [...html.matchAll(/<script src="(\/js\/[^"]+)"><\/script>/g)].map((match) => match[1]!);
    assert.equal(pageScripts.length, 2);
    assert.match(pageScripts[0]!, /^\/js\/pages\/[0-9a-f]{16}\.js$/);
    assert.equal(pageScripts[1], "/js/contact.js");
    assert.equal(
      readFileSync(path.join(site.outputDir, pageScripts[0]!), "utf8"),
      'const CONTACT_URL = "/fr/nous-ecrire/";\n',
    );
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, "every script has a src");
    assert.doesNotMatch(site.html("/fr/composants/"), /\/js\/contact\.js|\/js\/pages\//);
  });
});

describe("mistakes in eleventy-dsfr page bodies", () => {
  it("are each reported on their page and line, with the fix", async () => {
    const dir = "test/fixtures/dsfr-bodies-errors/content/fr";
    assert.deepEqual(buildReport(await buildFixture("dsfr-bodies-errors")), {
      exitCode: 1,
      findings: [
        `${dir}/actualites.md:12 erreur : classe « fr-responsive-img » écrite sans son point entre accolades : l’image ne l’aurait pas — écrivez « .fr-responsive-img » (avec le point), comme les autres classes entre les accolades`,
        `${dir}/composants.md:14 erreur : composant "card_list", paramètre « small_card » inconnu — vouliez-vous dire « small_cards » ?`,
        `${dir}/composants.md:8 erreur : composant "table", paramètre « clas » inconnu — vouliez-vous dire « class » ?`,
        `${dir}/donnees.md:11 erreur : readFILE : le fichier "../../../../package.json" est hors du projet — ne lisez que des fichiers du projet, avec leur chemin depuis sa racine (public/data/…)`,
        `${dir}/donnees.md:7 erreur : readFILE : fichier "public/data/exemples/traitement.json" introuvable — vouliez-vous dire "public/data/exemples/traitements.json" ?`,
        `${dir}/nous-ecrire.njk:11 erreur : bloc {% js %} : « <p>Formulaire</p> » n’est pas une balise <script> — n’écrivez que des balises <script src="/js/….js"></script> (ou <script>…</script>) entre {% js %} et {% endjs %}`,
        `${dir}/nous-ecrire.njk:7 erreur : bloc {% js "bottom" %} : emplacement inconnu — écrivez {% js "body" %} (fin de la page) ou {% js "top" %} (en-tête de la page)`,
        `${dir}/publication.md:10 erreur : « ids.endpoints.open.tms » n’est défini par aucune donnée de dossier : la page n’afficherait rien à sa place — vouliez-vous dire « ids.endpoints.open.wmts » ? Sinon, ajoutez la valeur au fichier de données du dossier`,
        `${dir}/publication.md:6 erreur : « urls.aides » n’est défini par aucune donnée de dossier : la page n’afficherait rien à sa place — vouliez-vous dire « urls.aide » ? Sinon, ajoutez la valeur au fichier de données du dossier`,
      ],
    });
  });
});
