import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stringify } from "yaml";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkNavigationGraph } from "../../../lib/checks/rules/navigation-graph.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { type InMemoryPage, siteModel } from "../../support/site-model.ts";

/** A page whose front matter places it in a guide: its `key` on line 4, then `parent` and `nav` in the order given. */
const page = (url: string, navigation: { key: string; parent?: string; nav?: string }): InMemoryPage => ({
  url,
  markdown: [
    "---",
    `title: ${navigation.key}`,
    "eleventyNavigation:",
    ...Object.entries(navigation).map(([field, value]) => `    ${field}: ${value}`),
    "---",
  ].join("\n"),
  html: "<p>Texte.</p>",
});
const graph = (...pages: InMemoryPage[]) => said(checkNavigationGraph(siteModel({ pages })));

describe("the navigation of each guide is a tree", () => {
  it("a page with a key but no guide is named on its key, and told the guide of its parent", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/page/", { key: "Page sans guide", parent: "Accueil" }),
      ),
      [
        '[navigation-nav-missing] content/guide/page.md:4 erreur : page "Page sans guide" rattachée à aucun guide (« nav » manquant) — ajoutez nav: essai dans eleventyNavigation, le guide de son parent',
      ],
    );
  });

  it("a page with a key, no guide and no parent in a guide is told where to write its guide", () => {
    assert.deepEqual(graph(page("/seule/", { key: "Seule" })), [
      '[navigation-nav-missing] content/seule.md:4 erreur : page "Seule" rattachée à aucun guide (« nav » manquant) — ajoutez « nav » dans eleventyNavigation (ou dans le fichier de données du dossier)',
    ]);
  });

  it("a key two sister pages share is named on the second page's key, with the first page", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/premiere/", { key: "Étape", parent: "Accueil", nav: "essai" }),
        page("/guide/seconde/", { key: "Étape", parent: "Accueil", nav: "essai" }),
      ),
      [
        '[navigation-key-duplicate] content/guide/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "essai" par content/guide/premiere.md, une page sœur : le menu les montre sous le même nom — donnez à cette page une « key » unique dans son guide',
      ],
    );
  });

  it("a misspelt parent is named on its line, with the closest key of the guide", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Présentation de Cartes.gouv.fr", nav: "producteur" }),
        page("/guide/connexion/", { key: "Connexion", parent: "Présentation de cartes.gouv.fr", nav: "producteur" }),
      ),
      [
        '[navigation-parent-unknown] content/guide/connexion.md:5 erreur : parent "Présentation de cartes.gouv.fr" inconnu dans le guide "producteur" — vouliez-vous dire "Présentation de Cartes.gouv.fr" ?',
      ],
    );
  });

  it("a parent from another guide says which guide it is in", () => {
    assert.deepEqual(
      graph(
        page("/producteur/", { key: "Guides producteur", nav: "producteur" }),
        page("/utilisateur/", { key: "Guides utilisateur", nav: "utilisateur" }),
        page("/producteur/cartes/", { key: "Cartes", parent: "Guides utilisateur", nav: "producteur" }),
      ),
      [
        '[navigation-parent-unknown] content/producteur/cartes.md:5 erreur : parent "Guides utilisateur" inconnu dans le guide "producteur" — "Guides utilisateur" est dans le guide "utilisateur" : une page et son parent doivent être dans le même guide',
      ],
    );
  });

  it("a parent that is no key at all says to write the parent's key as it is written", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/page/", { key: "Page", parent: "Tout autre chose", nav: "essai" }),
      ),
      [
        '[navigation-parent-unknown] content/guide/page.md:5 erreur : parent "Tout autre chose" inconnu dans le guide "essai" — écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête',
      ],
    );
  });

  it("a loop of parents is named once, on the first page's parent, with the pages it keeps out of the guide", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/x/", { key: "X", parent: "Y", nav: "essai" }),
        page("/guide/y/", { key: "Y", parent: "X", nav: "essai" }),
        page("/guide/z/", { key: "Z", parent: "X", nav: "essai" }),
      ),
      [
        '[navigation-cycle] content/guide/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" ; 1 page en dessous reste hors du guide — rattachez l’une de ces pages (content/guide/x.md, content/guide/y.md) à une page hors de la boucle',
      ],
    );
  });

  it("a second page without parent in a guide is named against the guide's shallowest page, with the pages under it", () => {
    assert.deepEqual(
      graph(
        page("/guide/a/oubli/", { key: "Oubli", nav: "essai" }),
        page("/guide/a/oubli/enfant/", { key: "Enfant", parent: "Oubli", nav: "essai" }),
        page("/guide/", { key: "Accueil", nav: "essai" }),
      ),
      [
        '[navigation-root-extra] content/guide/a/oubli.md:4 erreur : page sans parent dans le guide "essai", qui a déjà pour accueil "Accueil" (content/guide.md) ; 1 page en dessous reste hors du guide — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil',
      ],
    );
  });

  it("the pages under a page whose parent is unknown are counted on that page's message, not named one by one", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/a/", { key: "A", parent: "Inconnue", nav: "essai" }),
        page("/guide/a/b/", { key: "B", parent: "A", nav: "essai" }),
      ).map((line) => line.split(" — ")[0]),
      [
        '[navigation-parent-unknown] content/guide/a.md:5 erreur : parent "Inconnue" inconnu dans le guide "essai" ; 1 page en dessous reste hors du guide',
      ],
    );
  });

  it("a page of a guide's folder with neither key nor parent is named on the opening dashes", () => {
    const model = siteModel({
      pages: [
        {
          url: "/guide/sans-cle/",
          markdown: "---\ntitle: Page sans clé\n---\n\nTexte.",
          html: "<p>Texte.</p>",
          data: { title: "Page sans clé", eleventyNavigation: { nav: "essai" } },
        },
      ],
    });
    assert.deepEqual(said(checkNavigationGraph(model)), [
      '[navigation-place-missing] content/guide/sans-cle.md:1 erreur : page du guide "essai" sans place dans son menu : ni « key » ni « parent » — ajoutez dans eleventyNavigation sa « key » (son nom dans le menu) et son « parent » (la « key » de la page parente)',
    ]);
  });

  it("leaves alone trees, the same key in two guides, and pages without a key", () => {
    assert.deepEqual(
      graph(
        page("/producteur/", { key: "Accueil", nav: "producteur" }),
        page("/producteur/a/", { key: "A", parent: "Accueil", nav: "producteur" }),
        page("/producteur/a/b/", { key: "B", parent: "A", nav: "producteur" }),
        page("/utilisateur/", { key: "Accueil", nav: "utilisateur" }),
        page("/utilisateur/a/", { key: "A", parent: "Accueil", nav: "utilisateur" }),
        { url: "/mentions-legales/", markdown: "---\ntitle: Mentions légales\n---", html: "<p>Mentions</p>" },
      ),
      [],
    );
  });
});

describe("the navigation of each guide, end to end", () => {
  it("each defect of a guide's tree is named on the line of the page's key or parent", async () => {
    const dir = "test/fixtures/defects/content/navigation";
    assert.deepEqual(await reportedUnder("defects", "content/navigation/"), [
      `${dir}/boucle/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" ; 1 page en dessous reste hors du guide — rattachez l’une de ces pages (${dir}/boucle/x.md, ${dir}/boucle/y.md) à une page hors de la boucle`,
      `${dir}/doublon/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "doublon" par ${dir}/doublon/premiere.md, une page sœur : le menu les montre sous le même nom — donnez à cette page une « key » unique dans son guide`,
      `${dir}/parent/cartes.md:5 erreur : parent "Guides utilisateur" inconnu dans le guide "producteur" — "Guides utilisateur" est dans le guide "utilisateur" : une page et son parent doivent être dans le même guide`,
      `${dir}/parent/connexion.md:5 erreur : parent "Présentation de cartes.gouv.fr" inconnu dans le guide "producteur" — vouliez-vous dire "Présentation de Cartes.gouv.fr" ?`,
      `${dir}/racines/oubli.md:4 erreur : page sans parent dans le guide "racines", qui a déjà pour accueil "Accueil des racines" (${dir}/racines/index.md) ; 1 page en dessous reste hors du guide — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil des racines`,
      `${dir}/sans-guide/page.md:4 erreur : page "Page sans guide" rattachée à aucun guide (« nav » manquant) — ajoutez nav: essai dans eleventyNavigation, le guide de son parent`,
    ]);
  });
});

const nav = (fields: Record<string, unknown>) => ({ eleventyNavigation: fields });
const USER = "content/fr/guides-utilisateur";
/** A guide written as the cartes.gouv.fr documentation writes it: its home in the header, its folders' data naming the parents. */
const realStyle: RealStylePage[] = [
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

const findings = (pages: RealStylePage[], dataFiles: Record<string, string> = {}) =>
  checkNavigationGraph(siteModel({ pages: pages.map(inMemory), templates: dataFiles }))
    .map(formatFinding)
    .sort();
const changed = (source: string, change: (page: RealStylePage) => RealStylePage) =>
  realStyle.map((page) => (page.source === source ? change(page) : page));
const guidePage = (source: string, title: string, fields: Record<string, unknown>): RealStylePage => ({
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
        ...guidePage("0/mesures", "Mesures", { key: "Mesures" }),
        inherited: nav({ nav: "guides-utilisateur", parent: "Explorer la carte" }),
      },
      guidePage("0/mesures/surface", "Surface", { key: "Surface", parent: "Mesures" }),
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
      guidePage("etape-2", "Étape 2", { key: "Étape 2", parent: "Étape 1" }),
      guidePage("etape-3", "Étape 3", { key: "Étape 3", parent: "Étape 2" }),
      guidePage("autre", "Autre", { key: "Autre", parent: "Generalites" }),
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
      guidePage("0/mesures", "Mesures", { key: "Mesures", parent: "Explorer les cartes" }),
    ];
    assert.deepEqual(findings(pages), [
      `${USER}/0/mesures.md:5 erreur : parent "Explorer les cartes" inconnu dans le guide "guides-utilisateur" — "Explorer les cartes" est le titre de ${USER}/0.md : sa « key » est "Explorer"`,
    ]);
  });

  it("a key two pages share is an error once a page names it as parent, or when the pages are sisters", () => {
    const named = [...realStyle, guidePage("0/generalites/detail", "Détail", { key: "Détail", parent: "Généralités" })];
    const sisters = [
      ...realStyle,
      guidePage("0/generalites-bis", "Généralités bis", { key: "Généralités", parent: "Explorer les cartes" }),
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

/** A page as written (its front matter) and as Eleventy gives it to the checks (that front matter over its folders' data). */
interface RealStylePage {
  source: string;
  url: string;
  frontMatter: Record<string, unknown>;
  inherited?: Record<string, unknown>;
}

function inMemory({ source, url, frontMatter, inherited = {} }: RealStylePage): InMemoryPage {
  return {
    url,
    source,
    markdown: `---\n${stringify(frontMatter)}---\n\nTexte de la page.\n`,
    html: "<p>Texte de la page.</p>",
    data: merged(inherited, frontMatter),
  };
}

/** Eleventy's deep merge of data: objects key by key, the page's values last. */
function merged(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = result[key];
    result[key] = isObject(before) && isObject(value) ? merged(before, value) : value;
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

describe("a parent a folder's data file gets wrong", () => {
  it("is said once, on the data file; a suggestion is never the page itself nor a page below it", async () => {
    const dir = "test/fixtures/one-message-per-cause/content";
    const report = buildReport(await buildFixture("one-message-per-cause"));
    assert.deepEqual(
      report.findings.filter((line) => line.includes("parent")),
      [
        `${dir}/guide/guide.11tydata.json:4 erreur : parent "Acueil" inconnu dans le guide "essai" ; 3 pages concernées ; 2 pages en dessous restent hors du guide — vouliez-vous dire "Accueil" ?`,
        `${dir}/presentation.md:5 erreur : parent "Présentatio" inconnu dans le guide "essai" ; 1 page en dessous reste hors du guide — écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête`,
      ],
    );
  });
});
