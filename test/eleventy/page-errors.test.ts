import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, mock } from "node:test";
import Eleventy from "@11ty/eleventy";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

const FIXTURE = "test/fixtures/page-errors/content";

describe("pages Eleventy cannot build", () => {
  it("are all reported in one build, each at its file and real line, with the fix; nothing is published", async () => {
    const site = await buildFixture("page-errors");
    const at = (file: string) => `${FIXTURE}/${file}`;
    const layouts =
      "gabarits disponibles : layouts/accueil.njk, layouts/article.njk, layouts/article_nav_tertiaire.njk, layouts/base.njk, layouts/blog.njk, layouts/error.njk, layouts/home.njk, layouts/page.njk, layouts/parent.njk, layouts/parent_nav_tertiaire.njk, layouts/partenaire/article.njk, layouts/partenaire/article_nav_tertiaire.njk, layouts/partenaire/blog.njk, layouts/partenaire/home.njk, layouts/partenaire/parent.njk, layouts/partenaire/parent_nav_tertiaire.njk, layouts/partenaires.njk, layouts/post-listing.njk, layouts/post.njk, layouts/search.njk";
    assert.deepEqual(buildReport(site), {
      exitCode: 1,
      findings: [
        `${at("appel-jamais-ferme.md")}:12 erreur : « {{ component("callout", { title: "Besoin… » jamais fermé par « }} » — vérifiez les parenthèses, les accolades et les guillemets de l’appel, puis fermez-le`,
        `${at("balise.md")}:10 erreur : balise « {% fi %} » inconnue — vouliez-vous dire « {% if %} » ?`,
        `${at("dossier-illisible/dossier-illisible.11tydata.json")}:3 erreur : fichier de données illisible : virgule en trop avant la fin d’un objet, ou nom de champ sans guillemets droits — corrigez le JSON de cette ligne (guillemets droits, virgules, accolades) ; les pages qui en dépendent ne sont pas construites tant qu’il est illisible`,
        `${at("filtre.md")}:8 erreur : filtre « majuscules » inconnu — vérifiez le nom écrit après « | »`,
        `${at("filtre.md")}:8 erreur : filtre « uper » inconnu — vouliez-vous dire « upper » ?`,
        `${at("fonction.md")}:10 erreur : fonction « composant() » inconnue — vouliez-vous dire « component() » ?`,
        `${at("gabarit-de-dossier/gabarit-de-dossier.11tydata.json")}:3 erreur : gabarit (layout) « layouts/articel.njk » introuvable — vouliez-vous dire « layouts/article.njk » ? ${layouts}`,
        `${at("gabarit-inconnu.md")}:3 erreur : gabarit (layout) « layouts/pag.njk » introuvable — vouliez-vous dire « layouts/page.njk » ? ${layouts}`,
        `${at("identifiant.md")}:10 erreur : « {#meme} » : Nunjucks y lit le début d’un commentaire, qui efface le texte jusqu’au prochain « #} » — pour l’identifiant d’un intertitre, écrivez {id=meme} (ou « { #meme } », avec des espaces)`,
        `${at("inclusion-calculee.md")} erreur : la construction a échoué : fichier « partials/inexistant.njk » introuvable (inclusion ou import) — corrigez la page indiquée puis relancez la construction`,
        `${at("inclusion.md")}:8 erreur : inclusion de « partials/en-tete.njk » : fichier introuvable — vérifiez le chemin, depuis le dossier _includes/`,
        `${at("latin-1.md")}:8 erreur : fichier qui n’est pas enregistré en UTF-8 : ses accents seraient publiés comme « � » — enregistrez-le en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » → UTF-8)`,
        `${at("si-jamais-ferme.md")}:10 erreur : bloc « {% if %} » jamais fermé — ajoutez {% endif %} là où le bloc se termine`,
        `${at("yaml-illisible.md")}:2 erreur : en-tête YAML illisible : guillemet ouvert jamais fermé — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
      ],
    });
    assert.equal(existsSync(site.outputDir), false);
  });

  it("are shown with their errors in place of their content in the dev server, which goes on serving", async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-apercu-")), "_site");
    const eleventy = new Eleventy(FIXTURE, output, {
      configPath: ".eleventy.ts",
      source: "cli",
      runMode: "serve",
      quietMode: true,
      // Its error is met only while rendering: the dev server says it in the terminal and keeps the last good pages.
      config: (eleventyConfig: { ignores: Set<string> }) =>
        eleventyConfig.ignores.add(`${FIXTURE}/inclusion-calculee.md`),
    });
    (eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger({
      log() {},
      info() {},
      warn() {},
      error() {},
    });
    // The dev server prints the checks' report after the build: not in the test's output.
    const warn = mock.method(console, "warn", () => {});
    try {
      await eleventy.write();
    } finally {
      warn.mock.restore();
    }
    const page = readFileSync(path.join(output, "si-jamais-ferme/index.html"), "utf8");
    assert.match(page, /<h1>Si jamais fermé<\/h1>/);
    assert.match(page, /<h2 class="fr-alert__title">Cette page ne peut pas être construite<\/h2>/);
    assert.match(page, /si-jamais-ferme\.md:10 erreur : bloc « &#123;% if %&#125; » jamais fermé/);
    assert.doesNotMatch(page, /Texte conditionnel/);
    assert.match(readFileSync(path.join(output, "yaml-illisible/index.html"), "utf8"), /<h1>Page en erreur<\/h1>/);
    assert.match(readFileSync(path.join(output, "enfant/index.html"), "utf8"), /<h1>Enfant d’une page en erreur<\/h1>/);
  });
});

describe("front matter that YAML cannot read", () => {
  it("is reported for every page at once, while the other pages are still built and checked", async () => {
    const report = buildReport(await buildFixture("yaml-errors-and-more"));
    assert.equal(report.exitCode, 1);
    const fixture = "test/fixtures/yaml-errors-and-more/content";
    assert.deepEqual(
      report.findings.filter((line) => !line.includes("avertissement")),
      [
        `${fixture}/index.md:5 erreur : lien cassé vers "/fr/absente/" : aucune page à cette adresse — vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"`,
        `${fixture}/premiere.md:3 erreur : en-tête YAML illisible : indentation incorrecte, ou deux-points dans une valeur sans guillemets — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
        `${fixture}/seconde.md:5 erreur : en-tête YAML illisible : il manque les deux-points après le nom du champ (« champ: valeur ») — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne`,
      ],
    );
  });
});
