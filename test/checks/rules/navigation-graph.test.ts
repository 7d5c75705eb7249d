import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkNavigationGraph } from "../../../lib/checks/rules/navigation-graph.ts";
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

  it("a key used twice in a guide is named on the second page's key, with the first page", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/premiere/", { key: "Étape", parent: "Accueil", nav: "essai" }),
        page("/guide/seconde/", { key: "Étape", parent: "Accueil", nav: "essai" }),
      ),
      [
        '[navigation-key-duplicate] content/guide/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "essai" par content/guide/premiere.md — donnez à cette page une « key » unique dans son guide',
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

  it("a loop of parents is named once, on the first page's parent, and the pages under it are unreachable", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/x/", { key: "X", parent: "Y", nav: "essai" }),
        page("/guide/y/", { key: "Y", parent: "X", nav: "essai" }),
        page("/guide/z/", { key: "Z", parent: "X", nav: "essai" }),
      ),
      [
        '[navigation-cycle] content/guide/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" — rattachez l’une de ces pages (content/guide/x.md, content/guide/y.md) à une page hors de la boucle',
        '[navigation-unreachable] content/guide/z.md:5 erreur : page inaccessible depuis l’accueil du guide "essai" : son ancêtre "X" n’y est pas rattaché — corrigez d’abord l’en-tête de content/guide/x.md',
      ],
    );
  });

  it("a second page without parent in a guide is named against the guide's shallowest page, and the pages under it are unreachable", () => {
    assert.deepEqual(
      graph(
        page("/guide/a/oubli/", { key: "Oubli", nav: "essai" }),
        page("/guide/a/oubli/enfant/", { key: "Enfant", parent: "Oubli", nav: "essai" }),
        page("/guide/", { key: "Accueil", nav: "essai" }),
      ),
      [
        '[navigation-root-extra] content/guide/a/oubli.md:4 erreur : page sans parent dans le guide "essai", qui a déjà pour accueil "Accueil" (content/guide.md) — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil',
        '[navigation-unreachable] content/guide/a/oubli/enfant.md:5 erreur : page inaccessible depuis l’accueil du guide "essai" : son ancêtre "Oubli" n’y est pas rattaché — corrigez d’abord l’en-tête de content/guide/a/oubli.md',
      ],
    );
  });

  it("the pages under a page whose parent is unknown are unreachable, named against that page", () => {
    assert.deepEqual(
      graph(
        page("/guide/", { key: "Accueil", nav: "essai" }),
        page("/guide/a/", { key: "A", parent: "Inconnue", nav: "essai" }),
        page("/guide/a/b/", { key: "B", parent: "A", nav: "essai" }),
      ).map((line) => line.split(" — ")[0]),
      [
        '[navigation-parent-unknown] content/guide/a.md:5 erreur : parent "Inconnue" inconnu dans le guide "essai"',
        '[navigation-unreachable] content/guide/a/b.md:5 erreur : page inaccessible depuis l’accueil du guide "essai" : son ancêtre "A" n’y est pas rattaché',
      ],
    );
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
      `${dir}/boucle/x.md:5 erreur : boucle de parents : "X" → "Y" → "X" — rattachez l’une de ces pages (${dir}/boucle/x.md, ${dir}/boucle/y.md) à une page hors de la boucle`,
      `${dir}/boucle/z.md:5 erreur : page inaccessible depuis l’accueil du guide "boucle" : son ancêtre "X" n’y est pas rattaché — corrigez d’abord l’en-tête de ${dir}/boucle/x.md`,
      `${dir}/doublon/seconde.md:4 erreur : clé "Étape" déjà utilisée dans le guide "doublon" par ${dir}/doublon/premiere.md — donnez à cette page une « key » unique dans son guide`,
      `${dir}/parent/cartes.md:5 erreur : parent "Guides utilisateur" inconnu dans le guide "producteur" — "Guides utilisateur" est dans le guide "utilisateur" : une page et son parent doivent être dans le même guide`,
      `${dir}/parent/connexion.md:5 erreur : parent "Présentation de cartes.gouv.fr" inconnu dans le guide "producteur" — vouliez-vous dire "Présentation de Cartes.gouv.fr" ?`,
      `${dir}/racines/enfant.md:5 erreur : page inaccessible depuis l’accueil du guide "racines" : son ancêtre "Page sans parent" n’y est pas rattaché — corrigez d’abord l’en-tête de ${dir}/racines/oubli.md`,
      `${dir}/racines/oubli.md:4 erreur : page sans parent dans le guide "racines", qui a déjà pour accueil "Accueil des racines" (${dir}/racines/index.md) — ajoutez « parent » dans eleventyNavigation, par exemple parent: Accueil des racines`,
      `${dir}/sans-guide/page.md:4 erreur : page "Page sans guide" rattachée à aucun guide (« nav » manquant) — ajoutez nav: essai dans eleventyNavigation, le guide de son parent`,
    ]);
  });
});
