import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { componentRegistry } from "../../components/registry.ts";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { dsfrStructure } from "../support/dsfr-structure.ts";
import { parseHtml, select, selectOne } from "../support/html.ts";
import { sharedSite } from "../support/shared-site.ts";

describe("every documented component example renders the DSFR structure", () => {
  let site: BuiltSite;
  before(async () => {
    site = await sharedSite();
  });

  it("has a structure check for every component of the registry", () => {
    assert.deepEqual(Object.keys(dsfrStructure).sort(), [...componentRegistry.keys()].sort());
  });

  for (const definition of componentRegistry.values()) {
    definition.examples.forEach((example, index) => {
      it(`${definition.name}: ${example.title}`, () => {
        const page = parseHtml(site.html(`/fr/rediger/composants/${definition.name}/`));
        const holder = selectOne(page, `div[data-example=${definition.name}-${index + 1}]`);
        // The guide shows its examples under h3 headings: their titles are h4.
        dsfrStructure[definition.name]!(holder, example.params, "h4");
      });
    });
  }
});

describe("a component repeated on a page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("repeated-components");
  });

  it("builds with no problem", () => {
    assert.deepEqual(site.findings.map(formatFinding), []);
  });

  it("gets distinct ids on every element, nested ones included", () => {
    const ids = select(parseHtml(site.html("/page/")), "[id]").map((element) => element.attribs.id);
    assert.ok(ids.length > 60, `${ids.length} ids`);
    assert.deepEqual(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      [],
    );
  });

  it("numbers the ids of calls and containers of one component together", () => {
    const alerts = select(parseHtml(site.html("/page/")), "div.fr-alert").map((alert) => alert.attribs.id);
    assert.deepEqual(
      alerts,
      Array.from({ length: 12 }, (_, index) => `alert-${index + 1}`),
    );
  });

  it("points every accordion button and tab at its own panel", () => {
    const page = parseHtml(site.html("/page/"));
    for (const button of select(page, "button[aria-controls]")) {
      assert.equal(select(page, `#${button.attribs["aria-controls"]}`).length, 1, button.attribs["aria-controls"]);
    }
  });

  it("titles each component one level below the heading above it, unless title_tag says otherwise", () => {
    const page = parseHtml(site.html("/page/"));
    assert.deepEqual(
      select(page, ".fr-callout__title").map((title) => title.name),
      ["h2", "h3", "h4", "p"],
    );
  });
});

describe("a wrong component call fails the build with a message for the editor", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("component-errors");
  });

  it("names the page, the line, the component and the fix of each mistake", () => {
    const file = "test/fixtures/component-errors/content/page.md";
    assert.equal(site.ok, false);
    assert.deepEqual(site.findings.map(formatFinding), [
      `${file}:7 erreur : composant "tuile" inconnu — vouliez-vous dire "tile" ? composants disponibles : accordionsgroup, alert, badge, callout, card, card_list, download, highlight, quote, swaggerui, table, tabnav, taggroup, tile, tile_list`,
      `${file}:9 erreur : composant "callout", paramètre « titel » inconnu — vouliez-vous dire « title » ?`,
      `${file}:11 erreur : composant "tile", paramètre « title » obligatoire manquant — ajoutez « title » (un texte)`,
      `${file}:13 erreur : composant "tile", paramètre « small » : true ou false attendu, un texte "oui" reçu — écrivez « small » comme true ou false`,
      `${file}:15 erreur : composant "alert", valeur "warnig" invalide pour « type » — vouliez-vous dire "warning" ? valeurs possibles : info, warning, error, success`,
      `${file}:17 erreur : composant "tile_list", paramètre « items.1.titel » inconnu — vouliez-vous dire « items.1.title » ?`,
      `${file}:19 erreur : composant "card", paramètres « url » et « externalUrl » donnés ensemble — gardez « url » pour une page du site, ou « externalUrl » pour un autre site`,
      `${file}:21 erreur : composant "table", ligne 2 du tableau : 1 cellule au lieu de 2 — donnez à chaque ligne autant de cellules que d’en-têtes`,
      `${file}:24 erreur : composant "badge", identifiant « etat » déjà utilisé dans la page — choisissez un autre « id », ou retirez-le : un identifiant unique est alors donné`,
      `${file}:26 erreur : composant "tile", paramètre « pictogram » : un pictogramme « dossier/nom.svg » attendu, un texte "carte" reçu — corrigez « pictogram »`,
    ]);
  });
});
