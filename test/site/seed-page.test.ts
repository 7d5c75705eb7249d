import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import type { BuiltSite } from "../support/build-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";

const SEED = "/fr/guides-producteur/presentation/connexion-inscription/";

describe("the connection guide, built from the client's page unchanged", () => {
  let site: BuiltSite;
  let html: string;
  before(async () => {
    site = await sharedSite();
    html = site.html(SEED);
  });

  it("builds with no error", () => {
    assert.deepEqual(
      site.findings.filter((finding) => finding.severity === "error"),
      [],
    );
  });

  it("is a French DSFR page with one h1", () => {
    assert.match(html, /<html lang="fr" data-fr-scheme="system">/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<h1>Connexion à Cartes\.gouv\.fr<\/h1>/);
    assert.match(html, /<link rel="stylesheet" href="\/dsfr\/dsfr-site\.min\.css">/);
  });

  it("has the breadcrumb Accueil › Guides producteur › Présentation de Cartes.gouv.fr › Connexion à Cartes.gouv.fr", () => {
    const crumbs = [...html.matchAll(/class="fr-breadcrumb__link"[^>]*>([^<]+)</g)].map((match) => match[1]);
    assert.deepEqual(crumbs, [
      "Accueil",
      "Guides producteur",
      "Présentation de Cartes.gouv.fr",
      "Connexion à Cartes.gouv.fr",
    ]);
    assert.match(
      html,
      /<a class="fr-breadcrumb__link" href="\/fr\/guides-producteur\/presentation\/connexion-inscription\/" aria-current="page">Connexion à Cartes\.gouv\.fr<\/a>/,
    );
  });

  it("marks itself as the current page in the side menu, its parent unfolded", () => {
    assert.match(
      html,
      /class="fr-sidemenu__link" href="\/fr\/guides-producteur\/presentation\/connexion-inscription\/" aria-current="page"/,
    );
    assert.match(html, /aria-expanded="true"[^>]*aria-current="true"[^>]*>Présentation de Cartes\.gouv\.fr</);
  });

  it("lists its three h2 headings in the on-page summary", () => {
    const links = [...html.matchAll(/class="fr-summary__link" href="#([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(links, ["1-ouvrir-le-site", "2-se-connecter", "3-s-inscrire"]);
    for (const id of links) assert.match(html, new RegExp(`<h2 id="${id}">`));
  });

  it("shows its seven images with the classes set by markdown-it-attrs and their size", () => {
    const images = [
      ...html.matchAll(/<img src="\/img\/guides\/producteur\/presentation\/connexion-inscription\/[^"]+"[^>]*>/g),
    ].map((match) => match[0]);
    assert.equal(images.length, 7);
    for (const image of images) {
      assert.match(image, /class="fr-responsive-img frx-border-img frx-img-contained"/);
      assert.match(image, /width="\d+" height="\d+"/);
      assert.match(image, /alt="[^"]{10,}"/);
    }
  });

  it("draws its pictogram as a three-layer DSFR artwork", () => {
    for (const layer of ["decorative", "minor", "major"]) {
      assert.match(
        html,
        new RegExp(
          `<use class="fr-artwork-${layer}" href="/dsfr/\\d+\\.\\d+\\.\\d+/artwork/pictograms/map/location-france\\.svg#artwork-${layer}">`,
        ),
      );
    }
  });

  it("shows its tag, linking to the tag page that lists it", () => {
    assert.match(html, /<a class="fr-tag" href="\/fr\/etiquettes\/connexion\/">Connexion<\/a>/);
    assert.match(site.html("/fr/etiquettes/connexion/"), new RegExp(`href="${SEED}"`));
  });

  it("keeps its raw HTML link opening a new window, and its mailto link", () => {
    assert.match(
      html,
      /<a href="https:\/\/cartes\.gouv\.fr" target="_blank" rel="noopener noreferrer" title="cartes\.gouv\.fr - ouvre une nouvelle fenêtre">/,
    );
    assert.match(html, /<a href="mailto:geoplateforme@ign\.fr">geoplateforme@ign\.fr<\/a>/);
  });

  it("links to the previous page in reading order, its parent", () => {
    assert.match(
      html,
      /href="\/fr\/guides-producteur\/presentation\/" rel="prev">Précédent : Présentation de Cartes\.gouv\.fr</,
    );
  });

  it("says when it last changed and links to its source", () => {
    assert.match(html, /Modifié le <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}(?:er)? \S+ \d{4}<\/time>/);
    assert.match(
      html,
      /href="[^"]+content\/fr\/guides-producteur\/presentation\/connexion-inscription\.md"[^>]*>Modifier cette page</,
    );
  });

  it("uses no inline script", () => {
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it("is listed as a tile with its pictogram on its parent page", () => {
    const parent = site.html("/fr/guides-producteur/presentation/");
    assert.match(
      parent,
      /<a href="\/fr\/guides-producteur\/presentation\/connexion-inscription\/">Connexion à Cartes\.gouv\.fr<\/a>/,
    );
    assert.match(parent, /fr-tile__pictogram/);
  });

  it("publishes only the DSFR pictograms the site uses", () => {
    assert.doesNotThrow(() => site.html(dsfrUrl("artwork/pictograms/map/location-france.svg")));
    assert.throws(() => site.html(dsfrUrl("artwork/pictograms/map/airport.svg")));
  });
});
