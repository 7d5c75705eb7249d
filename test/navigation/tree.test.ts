import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildNavigation, type NavEntry } from "../../lib/navigation/tree.ts";
import { navEntry as entry } from "../support/nav-entry.ts";

const site = buildNavigation([
  entry("Guide", undefined, 1),
  entry("B", "Guide", 2),
  entry("A", "Guide", 1),
  entry("A2", "A", 2),
  entry("A1", "A", 1),
  entry("A1a", "A1", 1),
  entry("Autre guide", undefined, 2, "utilisateur"),
  entry("A", "Autre guide", 1, "utilisateur"),
]);
const node = (url: string) => site.byUrl.get(url)!;
const keys = (nodes: { key?: string }[] | undefined) => nodes?.map((item) => item.key);

describe("navigation tree", () => {
  it("lists one root per guide, in order", () => {
    assert.deepEqual(keys(site.guides), ["Guide", "Autre guide"]);
  });

  it("orders siblings by their order field", () => {
    assert.deepEqual(keys(node("/guide/").children), ["A", "B"]);
    assert.deepEqual(keys(node("/a/").children), ["A1", "A2"]);
  });

  it("orders siblings without an order by title, after the ordered ones", () => {
    const tree = buildNavigation([
      entry("Root"),
      entry("Zèbre", "Root"),
      entry("Âne", "Root"),
      entry("Premier", "Root", 1),
    ]);
    assert.deepEqual(keys(tree.guides[0]?.children), ["Premier", "Âne", "Zèbre"]);
  });

  it("keeps keys apart between guides: the same key can live in two guides", () => {
    const other = site.guides[1]?.children[0];
    assert.equal(other?.key, "A");
    assert.equal(other?.guide?.key, "Autre guide");
  });

  it("gives a fourth-level page its three ancestors, root first, for the breadcrumb", () => {
    assert.deepEqual(keys(node("/a1a/").ancestors), ["Guide", "A", "A1"]);
    assert.equal(node("/a1a/").depth, 3);
    assert.deepEqual(
      node("/a1a/").trail?.map((crumb) => crumb.url),
      ["/guide/", "/a/", "/a1/"],
    );
  });

  it("chains previous and next pages in reading order, depth first, within a guide", () => {
    const order: (string | undefined)[] = [];
    for (let current = site.guides[0]; current; current = current.next) order.push(current.key);
    assert.deepEqual(order, ["Guide", "A", "A1", "A1a", "A2", "B"]);
    assert.equal(node("/a1/").previous?.key, "A");
  });

  it("leaves a page whose parent is missing out of the tree, without a guide", () => {
    const tree = buildNavigation([entry("Root"), entry("Perdue", "Inconnue")]);
    assert.equal(tree.byUrl.get("/perdue/")?.guide, undefined);
    assert.deepEqual(tree.guides[0]?.children, []);
  });

  it("survives a cycle of parents without looping", () => {
    const tree = buildNavigation([entry("Root"), entry("X", "Y"), entry("Y", "X")]);
    assert.equal(tree.byUrl.get("/x/")?.guide, undefined);
  });

  it("places a page without key under its parent: only a page named as a parent needs one", () => {
    const tree = buildNavigation([entry("Root"), { ...entry("Feuille", "Root"), key: undefined }]);
    assert.equal(tree.byUrl.get("/feuille/")?.guide?.key, "Root");
    assert.equal(tree.guides[0]?.children[0]?.title, "Feuille");
  });

  it("survives a home named by its own guide below one of its pages, without looping", () => {
    const tree = buildNavigation([
      { ...entry("Accueil", "Page", 1, "ign"), home: "ign" },
      entry("Page", undefined, 1, "ign"),
    ]);
    assert.equal(tree.guides[0]?.key, "Accueil");
    assert.equal(tree.byUrl.get("/ign/page/")?.guide?.key, "Accueil");
  });
});

describe("a guide whose home names it with sidemenuNav", () => {
  const guide = buildNavigation([
    { ...entry("Guides utilisateur", undefined, 1, "main"), home: "utilisateur" },
    entry("Niveau de service", undefined, 5, "main"),
    entry("Explorer les cartes", undefined, 2, "utilisateur"),
    entry("Présentation", undefined, 1, "utilisateur"),
    entry("Connexion", "Présentation", 1, "utilisateur"),
  ]);
  const at = (url: string) => guide.byUrl.get(url)!;

  it("hangs every page of the guide without parent under the home, in order", () => {
    assert.deepEqual(keys(guide.guides), ["Guides utilisateur"]);
    assert.deepEqual(keys(at("/main/guides-utilisateur/").children), ["Présentation", "Explorer les cartes"]);
  });

  it("reads the guide from its home, which is one of the header's pages", () => {
    assert.equal(at("/main/guides-utilisateur/").next?.key, "Présentation");
    assert.equal(at("/utilisateur/connexion/").next?.key, "Explorer les cartes");
    assert.deepEqual(
      at("/utilisateur/connexion/").trail?.map((crumb) => crumb.title),
      ["Guides utilisateur", "Présentation"],
    );
  });

  it("lists the pages of nav main in the header, in order, and not in any guide", () => {
    assert.deepEqual(keys(guide.main), ["Guides utilisateur", "Niveau de service"]);
    assert.equal(at("/main/niveau-de-service/").guide, undefined);
    assert.equal(at("/main/niveau-de-service/").next, undefined);
  });
});

describe("a partner's guide, whose home is in no navigation", () => {
  const partner: NavEntry[] = [
    { ...entry("Documentations partenaires", undefined, 4, "main"), url: "/fr/partenaires/" },
    {
      nav: "",
      home: "ign",
      title: "Institut national",
      pageTitle: "Institut national",
      url: "/fr/partenaires/ign/",
      inputPath: "content/fr/partenaires/ign.md",
      segments: [{ url: "/partenaires/", title: "Documentations partenaires" }],
      lang: "fr",
    },
    { ...entry("Forêt", undefined, 1, "ign"), url: "/fr/partenaires/ign/foret/" },
    { ...entry("BD Forêt", "Forêt", 1, "ign"), url: "/fr/partenaires/ign/foret/bd-foret/", pageTitle: "BD Forêt® v3" },
  ];
  const tree = buildNavigation(partner);
  const at = (url: string) => tree.byUrl.get(url)!;

  it("is a guide of its own, with its home's title", () => {
    assert.deepEqual(
      tree.guides.map((home) => home.title),
      ["Institut national"],
    );
    assert.equal(at("/fr/partenaires/ign/foret/bd-foret/").guide?.url, "/fr/partenaires/ign/");
  });

  it("takes the breadcrumb of its home from its segments, the language added to their URLs", () => {
    assert.deepEqual(at("/fr/partenaires/ign/").trail, [
      { title: "Documentations partenaires", url: "/fr/partenaires/" },
    ]);
    assert.deepEqual(
      at("/fr/partenaires/ign/foret/bd-foret/").trail?.map((crumb) => crumb.url),
      ["/fr/partenaires/", "/fr/partenaires/ign/", "/fr/partenaires/ign/foret/"],
    );
  });

  it("keeps the home out of the header, which shows the partners' page it sits under", () => {
    assert.deepEqual(keys(tree.main), ["Documentations partenaires"]);
  });
});

describe("a page in no guide", () => {
  it("takes its breadcrumb from its segments, to the page they name (language and final slash added)", () => {
    const tree = buildNavigation([
      { ...entry("Nous écrire", undefined, 6, "main"), url: "/fr/nous-ecrire/" },
      {
        nav: "",
        title: "Demande envoyée",
        url: "/fr/nous-ecrire/demande-envoyee/",
        inputPath: "content/fr/nous-ecrire/demande-envoyee.md",
        segments: [{ url: "/nous-ecrire", title: "Nous écrire" }],
      },
    ]);
    assert.deepEqual(tree.byUrl.get("/fr/nous-ecrire/demande-envoyee/")?.trail, [
      { title: "Nous écrire", url: "/fr/nous-ecrire/" },
    ]);
  });
});
