import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkNavigationGraph } from "../../../lib/checks/rules/navigation-graph.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { type InMemoryPage, siteModel } from "../../support/site-model.ts";

const fixture = (name: string) => `test/fixtures/${name}/content`;

describe("the navigation of each guide is a tree", () => {
  it("a parent misspelt is named with the closest key of the guide; a parent from another guide says which guide", async () => {
    const dir = fixture("navigation-parent");
    assert.deepEqual(buildReport(await buildFixture("navigation-parent")), {
      exitCode: 1,
      findings: [
        `${dir}/cartes.md:5 erreur : parent "Guides utilisateur" inconnu dans le guide "producteur" — "Guides utilisateur" est dans le guide "utilisateur" : une page et son parent doivent être dans le même guide`,
        `${dir}/connexion.md:5 erreur : parent "Présentation de cartes.gouv.fr" inconnu dans le guide "producteur" — vouliez-vous dire "Présentation de Cartes.gouv.fr" ?`,
      ],
    });
  });

  it("a page with a key but no guide is told the guide of its parent", async () => {
    assert.deepEqual(buildReport(await buildFixture("navigation-without-nav")), {
      exitCode: 1,
      findings: [
        `${fixture("navigation-without-nav")}/sans-guide.md:4 erreur : page "Page sans guide" rattachée à aucun guide (« nav » manquant) — ajoutez nav: essai dans eleventyNavigation, le guide de son parent`,
      ],
    });
  });

  it("a key used twice in a guide is named on the second page, with the first", async () => {
    const dir = fixture("navigation-duplicate-key");
    assert.deepEqual(buildReport(await buildFixture("navigation-duplicate-key")), {
      exitCode: 1,
      findings: [
        `${dir}/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "essai" par ${dir}/premiere.md, une page sœur : le menu les montre sous le même nom — donnez à cette page une « key » unique dans son guide`,
      ],
    });
  });

  it("a loop of parents is named once, with the number of pages it keeps out of the guide", async () => {
    const dir = fixture("navigation-cycle");
    assert.deepEqual(buildReport(await buildFixture("navigation-cycle")), {
      exitCode: 1,
      findings: [
        `${dir}/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" ; 1 page en dessous reste hors du guide — rattachez l’une de ces pages (${dir}/x.md, ${dir}/y.md) à une page hors de la boucle`,
      ],
    });
  });

  it("a second page without parent in a guide whose home is its folder's index is named once, with the pages under it", async () => {
    const dir = fixture("navigation-extra-root");
    assert.deepEqual(buildReport(await buildFixture("navigation-extra-root")), {
      exitCode: 1,
      findings: [
        `${dir}/oubli.md:4 erreur : page sans parent dans le guide "essai", qui a déjà pour accueil "Accueil du guide" (${dir}/index.md) ; 1 page en dessous reste hors du guide — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil du guide`,
      ],
    });
  });
});

const nav = (fields: Record<string, unknown>) => ({ eleventyNavigation: fields });
const USER = "content/fr/guides-utilisateur";
/** A guide written as the cartes.gouv.fr documentation writes it: its home in the header, its folders' data naming the parents. */
const realStyle: InMemoryPage[] = [
  {
    source: "content/fr/guides-utilisateur.md",
    url: "/fr/guides-utilisateur/",
    frontMatter: {
      title: "Guides utilisateur",
      sidemenuNav: "guides-utilisateur",
      ...nav({ key: "Guides utilisateur", order: 1, nav: "main" }),
    },
  },
  {
    source: "content/fr/nous-ecrire.njk",
    url: "/fr/nous-ecrire/",
    frontMatter: { title: "Nous écrire", ...nav({ key: "Nous écrire", order: 6, nav: "main" }) },
  },
  ...["Explorer les cartes", "Rechercher une donnée"].map((title, index) => ({
    source: `${USER}/${index}.md`,
    url: `/fr/guides-utilisateur/${index}/`,
    frontMatter: { title, ...nav({ key: title, order: index + 1 }) },
    inherited: nav({ nav: "guides-utilisateur" }),
  })),
  ...["Explorer les cartes", "Rechercher une donnée"].map((parent, index) => ({
    source: `${USER}/${index}/generalites.md`,
    url: `/fr/guides-utilisateur/${index}/generalites/`,
    frontMatter: { title: "Généralités", ...nav({ key: "Généralités", order: 1 }) },
    inherited: nav({ nav: "guides-utilisateur", parent }),
  })),
  {
    source: `${USER}/1/actualites.md`,
    url: "/fr/guides-utilisateur/1/actualites/",
    frontMatter: { title: "Actualités", ...nav({ key: "Actualités", order: 2, clickableParent: true }) },
    inherited: nav({ nav: "guides-utilisateur", parent: "Rechercher une donnée" }),
  },
  {
    source: `${USER}/1/actualites/nouveau.md`,
    url: "/fr/guides-utilisateur/1/actualites/nouveau/",
    frontMatter: { title: "Nouveau", ...nav({ order: -20260101 }) },
    inherited: nav({
      nav: "guides-utilisateur",
      parent: "Actualités",
      sidemenuActive: "/fr/guides-utilisateur/1/actualites",
    }),
  },
  {
    source: "content/fr/partenaires/ign.md",
    url: "/fr/partenaires/ign/",
    frontMatter: { title: "IGN", sidemenuNav: "ign" },
    inherited: { segments: [{ url: "/partenaires/", title: "Documentations partenaires" }] },
  },
  {
    source: "content/fr/partenaires/ign/foret.md",
    url: "/fr/partenaires/ign/foret/",
    frontMatter: { title: "Forêt", ...nav({ key: "Forêt", order: 1 }) },
    inherited: nav({ nav: "ign" }),
  },
];

const findings = (pages: InMemoryPage[], dataFiles?: Record<string, string>) =>
  checkNavigationGraph(siteModel(pages, dataFiles)).map(formatFinding).sort();
const changed = (source: string, change: (page: InMemoryPage) => InMemoryPage) =>
  realStyle.map((page) => (page.source === source ? change(page) : page));
const page = (source: string, title: string, fields: Record<string, unknown>): InMemoryPage => ({
  source: `${USER}/${source}.md`,
  url: `/fr/guides-utilisateur/${source}/`,
  frontMatter: { title, ...nav(fields) },
  inherited: nav({ nav: "guides-utilisateur" }),
});

describe("the navigation as sites made from eleventy-dsfr write it", () => {
  it("a guide's home named by sidemenuNav, several top pages, leaves sharing a key, a page without key, a clickableParent, a partner's home: nothing to say", () => {
    assert.deepEqual(findings(realStyle), []);
  });

  it("several pages without parent and no home: said once, with the pages and the field that names a home", () => {
    assert.deepEqual(findings(realStyle.filter((item) => item.source !== "content/fr/guides-utilisateur.md")), [
      `${USER}/0.md:4 erreur : guide "guides-utilisateur" sans page d’accueil : 2 pages sans parent ("Explorer les cartes", "Rechercher une donnée") — désignez sa page d’accueil en ajoutant sidemenuNav: guides-utilisateur à son en-tête ; ces pages se placent sous elle`,
    ]);
  });

  it("a sidemenuNav that names no guide is told the closest one", () => {
    const pages = changed("content/fr/partenaires/ign.md", (item) => ({
      ...item,
      frontMatter: { ...item.frontMatter, sidemenuNav: "guide-utilisateur" },
    }));
    assert.deepEqual(findings(pages), [
      'content/fr/partenaires/ign.md:3 erreur : sidemenuNav : aucune page n’appartient au guide "guide-utilisateur" — vouliez-vous dire "guides-utilisateur" ?',
    ]);
  });

  it("a second home of a guide is named, with the first", () => {
    const pages = changed("content/fr/partenaires/ign.md", (item) => ({
      ...item,
      frontMatter: { ...item.frontMatter, sidemenuNav: "guides-utilisateur" },
    }));
    assert.deepEqual(findings(pages), [
      'content/fr/partenaires/ign.md:3 erreur : deuxième page d’accueil du guide "guides-utilisateur", qui a déjà pour accueil content/fr/guides-utilisateur.md — retirez « sidemenuNav » de l’une des deux pages',
    ]);
  });

  it("a parent misspelt in a folder's data file is said once, on the data file, with the pages it concerns and those below", () => {
    const folder = `${USER}/0/0.11tydata.json`;
    const pages = realStyle.map((item) =>
      item.source === `${USER}/0/generalites.md`
        ? { ...item, inherited: nav({ nav: "guides-utilisateur", parent: "Explorer la carte" }) }
        : item,
    );
    pages.push(
      {
        ...page("0/mesures", "Mesures", { key: "Mesures" }),
        inherited: nav({ nav: "guides-utilisateur", parent: "Explorer la carte" }),
      },
      page("0/mesures/surface", "Surface", { key: "Surface", parent: "Mesures" }),
    );
    assert.deepEqual(
      findings(pages, { [folder]: '{\n  "eleventyNavigation": {\n    "parent": "Explorer la carte"\n  }\n}\n' }),
      [
        `${folder}:3 erreur : parent "Explorer la carte" inconnu dans le guide "guides-utilisateur" ; 2 pages concernées ; 1 page en dessous reste hors du guide — vouliez-vous dire "Explorer les cartes" ?`,
      ],
    );
  });

  it("a parent misspelt is never told a wrong parent: neither the page itself, nor a page under it, nor a key two pages share", () => {
    const pages = [
      ...realStyle,
      page("etape-2", "Étape 2", { key: "Étape 2", parent: "Étape 1" }),
      page("etape-3", "Étape 3", { key: "Étape 3", parent: "Étape 2" }),
      page("autre", "Autre", { key: "Autre", parent: "Generalites" }),
    ];
    assert.deepEqual(findings(pages), [
      `${USER}/autre.md:5 erreur : parent "Generalites" inconnu dans le guide "guides-utilisateur" — écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête`,
      `${USER}/etape-2.md:5 erreur : parent "Étape 1" inconnu dans le guide "guides-utilisateur" ; 1 page en dessous reste hors du guide — écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête`,
    ]);
  });

  it("a parent written as a page's title is told that page's key", () => {
    const pages = [
      ...changed(`${USER}/0.md`, (item) => ({
        ...item,
        frontMatter: { ...item.frontMatter, ...nav({ key: "Explorer", order: 1 }) },
      })).map((item) =>
        item.source === `${USER}/0/generalites.md`
          ? { ...item, inherited: nav({ nav: "guides-utilisateur", parent: "Explorer" }) }
          : item,
      ),
      page("0/mesures", "Mesures", { key: "Mesures", parent: "Explorer les cartes" }),
    ];
    assert.deepEqual(findings(pages), [
      `${USER}/0/mesures.md:5 erreur : parent "Explorer les cartes" inconnu dans le guide "guides-utilisateur" — "Explorer les cartes" est le titre de ${USER}/0.md : sa « key » est "Explorer"`,
    ]);
  });

  it("a key two pages share is an error once a page names it as parent, or when the pages are sisters", () => {
    const named = [...realStyle, page("0/generalites/detail", "Détail", { key: "Détail", parent: "Généralités" })];
    const sisters = [
      ...realStyle,
      page("0/generalites-bis", "Généralités bis", { key: "Généralités", parent: "Explorer les cartes" }),
    ];
    assert.deepEqual(findings(named), [
      `${USER}/1/generalites.md:4 erreur : clé "Généralités" déjà utilisée dans le guide "guides-utilisateur" par ${USER}/0/generalites.md : le parent de ${USER}/0/generalites/detail.md est ambigu — donnez à cette page une « key » unique dans son guide`,
    ]);
    assert.deepEqual(findings(sisters), [
      `${USER}/0/generalites.md:4 erreur : clé "Généralités" déjà utilisée dans le guide "guides-utilisateur" par ${USER}/0/generalites-bis.md, une page sœur : le menu les montre sous le même nom — donnez à cette page une « key » unique dans son guide`,
    ]);
  });

  it("a sidemenuActive that names no page is told the closest address", () => {
    const pages = changed(`${USER}/1/actualites/nouveau.md`, (item) => ({
      ...item,
      inherited: nav({
        nav: "guides-utilisateur",
        parent: "Actualités",
        sidemenuActive: "/fr/guides-utilisateur/1/actualite",
      }),
    }));
    assert.deepEqual(
      findings(pages, {
        [`${USER}/1/actualites/actualites.11tydata.json`]:
          '{ "eleventyNavigation": { "sidemenuActive": "/fr/guides-utilisateur/1/actualite" } }',
      }),
      [
        `${USER}/1/actualites/actualites.11tydata.json:1 erreur : sidemenuActive "/fr/guides-utilisateur/1/actualite" : aucune page à cette adresse — vouliez-vous dire "/fr/guides-utilisateur/1/actualites/" ?`,
      ],
    );
  });
});
