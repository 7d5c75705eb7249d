import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { type HtmlElement, parseHtml, select, selectOne, textOf } from "../support/html.ts";

/** A site written as the cartes.gouv.fr documentation is: every layout name of eleventy-dsfr sites, folder data naming parents. */
let site: BuiltSite;
before(async () => {
  site = await buildFixture("eleventy-dsfr-layouts");
});
const page = (url: string) => parseHtml(site.html(url));
const texts = (elements: HtmlElement[]) => elements.map(textOf);
const USER = "/fr/guides-utilisateur/";
const PARTNER = "/fr/partenaires/institut/";
const PRODUCT = `${PARTNER}foret/carte-forestiere/`;

describe("the layouts of sites made from eleventy-dsfr", () => {
  it("build with nothing to report but the tags this small site gives one page each, each page under its own title as its one h1", () => {
    const report = buildReport(site);
    assert.deepEqual(
      { ...report, findings: report.findings.filter((line) => !line.includes("portée par cette seule page")) },
      { exitCode: 0, findings: [] },
    );
    for (const [url, title] of [
      [USER, "Guides utilisateur"],
      [`${USER}presentation/connexion/`, "Se connecter au service"],
      [`${USER}cartes/tutoriel/partager/`, "Partager la carte"],
      [PARTNER, "Institut des cartes"],
      [PRODUCT, "Carte forestière"],
      ["/fr/nous-ecrire/demande-envoyee/", "Demande envoyée"],
    ])
      assert.deepEqual(texts(select(page(url!), "h1")), [title], url);
  });

  it("a guide's home (accueil) shows its guide's menu, its description as a lead, and its top pages as tiles two by two", () => {
    const home = page(USER);
    assert.equal(textOf(selectOne(home, "p.fr-sidemenu__title")), "Guides utilisateur");
    assert.equal(
      textOf(selectOne(home, "p.fr-text--lead")),
      "Découvrir les services et apprendre à s’en servir, pas à pas.",
    );
    assert.deepEqual(texts(select(home, "div.fr-col-lg-6 .fr-tile__title")), [
      "Présentation du service",
      "Explorer les cartes",
      "Actualités du service",
    ]);
  });

  it("a parent page lists its children as tiles with their pictograms; an article shows its lead unless showDescription: false", () => {
    const parent = page(`${USER}presentation/`);
    assert.deepEqual(texts(select(parent, "div.fr-col-lg-4 .fr-tile__title")), [
      "Se connecter au service",
      "Gérer son compte",
    ]);
    assert.equal(select(parent, "div.fr-col-lg-4 .fr-tile__pictogram svg").length, 1);
    assert.equal(
      textOf(selectOne(page(`${USER}presentation/connexion/`), "p.fr-text--lead")),
      "Ouvrir une session avec son compte.",
    );
    assert.deepEqual(select(page(`${USER}presentation/compte/`), "p.fr-text--lead"), []);
  });

  it("our help page shows the description as a lead only when showDescription: true", () => {
    assert.equal(
      textOf(selectOne(page("/fr/nous-ecrire/"), "p.fr-text--lead")),
      "Une question sur le service ? Écrivez-nous.",
    );
  });

  it("the header lists the pages of nav main in order, the section of the page marked", () => {
    const links = select(page(`${USER}cartes/tutoriel/preparer/`), "nav.fr-nav a.fr-nav__link");
    assert.deepEqual(texts(links), ["Accueil", "Guides utilisateur", "Documentations partenaires", "Nous écrire"]);
    assert.deepEqual(
      links.map((link) => link.attribs["aria-current"]),
      [undefined, "true", undefined, undefined],
    );
    const partnerLinks = select(page(PRODUCT), "nav.fr-nav a.fr-nav__link");
    assert.equal(partnerLinks[2]?.attribs["aria-current"], "true");
  });

  it("breadcrumbs follow the guide, up through a partner's home to the page it sits under, or a page's segments", () => {
    const crumbs = (url: string) => texts(select(page(url), "ol.fr-breadcrumb__list a"));
    assert.deepEqual(crumbs(`${USER}cartes/tutoriel/partager/`), [
      "Accueil",
      "Guides utilisateur",
      "Explorer les cartes",
      "Tutoriel de la carte",
      "Partager la carte",
    ]);
    assert.deepEqual(crumbs(PRODUCT), [
      "Accueil",
      "Documentations partenaires",
      "Institut des cartes",
      "Forêt",
      "Carte forestière",
    ]);
    const segments = select(page("/fr/nous-ecrire/demande-envoyee/"), "ol.fr-breadcrumb__list a");
    assert.deepEqual(
      segments.map((link) => [textOf(link), link.attribs.href]),
      [
        ["Accueil", "/fr/"],
        ["Nous écrire", "/fr/nous-ecrire/"],
        // The current page is a link too, to itself: no <a> without an address.
        ["Demande envoyée", "/fr/nous-ecrire/demande-envoyee/"],
      ],
    );
  });

  it("the side menu unfolds a page five levels down, the page marked; a tutorial's steps are its tabs, not menu items, but for a step with pages of its own", () => {
    const menu = page(`${USER}cartes/tutoriel/partager/lien/expiration/`);
    assert.deepEqual(texts(select(menu, "button.fr-sidemenu__btn[aria-expanded=true]")), [
      "Explorer les cartes",
      "Tutoriel de la carte",
      "Partager",
      "Lien de partage",
    ]);
    assert.equal(textOf(selectOne(menu, "a.fr-sidemenu__link[aria-current=page]")), "Expiration du lien");
    assert.ok(!texts(select(menu, "a.fr-sidemenu__link")).includes("Préparer"));
  });

  it("a clickableParent is a link in the menu, without its posts, marked while one of them is read; its page lists them as cards", () => {
    const post = page(`${USER}actualites/nouveau-fond/`);
    const news = selectOne(post, "a.fr-sidemenu__link[aria-current=true]");
    assert.equal(textOf(news), "Actualités");
    assert.ok(!texts(select(post, "a.fr-sidemenu__link")).includes("Un nouveau fond de carte"));
    assert.deepEqual(texts(select(page(`${USER}actualites/`), ".fr-card__title")), [
      "Un nouveau fond de carte",
      "Des mesures plus précises",
    ]);
  });

  it("a tutorial's pages (*_nav_tertiaire) list no tiles: their steps are tabs", () => {
    assert.deepEqual(select(page(`${USER}cartes/tutoriel/`), ".fr-tile"), []);
    assert.deepEqual(select(page(`${PARTNER}foret/inventaire/`), ".fr-card"), []);
  });

  it("a partner's home shows its logo, name and label, its first top page wide, then its products with the hint", () => {
    const home = page(PARTNER);
    assert.equal(selectOne(home, "p.frx-partner-logo img").attribs.alt, "Institut des cartes");
    assert.equal(textOf(selectOne(home, "p.fr-tag.fr-icon-government-line")), "Service public");
    assert.equal(textOf(selectOne(home, ".fr-card--horizontal .fr-card__title")), "Généralités et actualités");
    assert.equal(textOf(selectOne(home, "h2#offre-produit-et-services")), "Offre produit et services");
    assert.ok(site.html(PARTNER).includes("<p>Toute la documentation des produits de l’Institut des cartes.</p>"));
    assert.deepEqual(texts(select(home, "div.fr-col-lg-4 .fr-card__title")), ["Forêt"]);
  });

  it("a partner's theme shows its image, tags and description with its title, the overview of its products wide, then the products as cards", () => {
    const theme = page(`${PARTNER}foret/`);
    const header = selectOne(theme, ".frx-partner-header");
    assert.equal(textOf(selectOne(header, "h1")), "Forêt");
    assert.equal(textOf(selectOne(header, "p.fr-text--bold")), "Les données sur la forêt.");
    assert.equal(textOf(selectOne(theme, ".fr-card--horizontal .fr-card__title")), "Découverte de l’offre produit");
    const products = select(theme, "div.fr-col-lg-4 .fr-card");
    assert.deepEqual(
      products.map((card) => textOf(selectOne(card, ".fr-card__title"))),
      ["Carte forestière", "Inventaire forestier"],
    );
    assert.deepEqual(texts(select(products[0]!, "p.fr-tag")), ["Essences"]);
  });

  it("a partner's product shows its theme above its title: image (decorative), name, tags and description", () => {
    const product = page(PRODUCT);
    const header = selectOne(product, ".frx-partner-header");
    assert.deepEqual(
      { ...selectOne(header, "img").attribs },
      {
        class: "frx-partner-header__image",
        src: "/img/partenaires/institut/foret.png",
        alt: "",
        "data-decorative": "",
        width: "320",
        height: "180",
        // The first image of the page: loaded at once, first (lib/images/first-image-priority.ts).
        loading: "eager",
        fetchpriority: "high",
      },
    );
    assert.equal(selectOne(header, "a").attribs.href, `${PARTNER}foret/`);
    assert.deepEqual(texts(select(header, "p.fr-tag")), ["Forêt", "Végétation"]);
    assert.equal(textOf(selectOne(header, "p.fr-text--bold")), "Les données sur la forêt.");
  });

  it("a partner's page has no previous and next links unless showPageSwitcher: true", () => {
    assert.equal(select(page(PRODUCT), "nav.fr-pagination").length, 1);
    assert.deepEqual(select(page(`${PARTNER}foret/decouverte-offre-produit/`), "nav.fr-pagination"), []);
  });

  it("content written under a lower title (a tutorial's step, a partner's product) follows the h1 without a gap, subtitle included", () => {
    const levels = (url: string) =>
      [...(/<article[\s\S]*<\/article>/.exec(site.html(url))?.[0] ?? "").matchAll(/<(h[1-6])[\s>]/g)].map(
        (match) => match[1],
      );
    assert.deepEqual(levels(`${USER}cartes/tutoriel/preparer/`), ["h1", "h2", "h3"]);
    assert.deepEqual(levels(PRODUCT), ["h1", "h2"]);
    assert.deepEqual(levels(`${PARTNER}foret/inventaire/releves/`), ["h1", "h2"]);
    assert.equal(textOf(selectOne(page(`${USER}cartes/tutoriel/`), "article h2")), "Une carte en deux étapes");
  });

  it("a page that names the base layout itself shows its content as it is written", () => {
    assert.equal(
      textOf(selectOne(page("/fr/page-seule/"), "main p")),
      "Une page dessinée par la seule mise en page de base.",
    );
  });
});
