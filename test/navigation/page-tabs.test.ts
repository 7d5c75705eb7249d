import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { listedChildren, pageTabs } from "../../lib/navigation/page-tabs.ts";
import { sideMenu } from "../../lib/navigation/side-menu.ts";
import { buildNavigation, type NavEntry } from "../../lib/navigation/tree.ts";
import { type BuiltSite, buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";
import { parseHtml, select, selectOne, textOf } from "../support/html.ts";

const entry = (key: string, parent?: string, order?: number, tertiaryTitle?: string): NavEntry => ({
  key,
  parent,
  order,
  nav: "developpeur",
  title: key,
  url: `/${key.toLowerCase().replace(/ /g, "-")}/`,
  inputPath: `content/${key}.md`,
  tertiaryTitle,
});

// A tutorial read in tabs (its presentation, then two steps), beside an ordinary page.
const site = buildNavigation([
  entry("Guide"),
  entry("Tutoriel", "Guide", 1, "Présentation"),
  entry("Livraison", "Tutoriel", 2, "Livrer"),
  entry("Configuration", "Tutoriel", 1, "Configurer"),
  entry("Annexe", "Tutoriel", 3),
  entry("Autre page", "Guide", 2),
]);
const node = (url: string) => site.byUrl.get(url)!;

describe("page tabs", () => {
  it("show a parent page and its children with a tertiaryTitle as tabs, in order, the parent first", () => {
    assert.deepEqual(pageTabs(node("/tutoriel/")), {
      label: "Tutoriel",
      tabs: [
        { title: "Présentation", url: "/tutoriel/", current: true },
        { title: "Configurer", url: "/configuration/", current: false },
        { title: "Livrer", url: "/livraison/", current: false },
      ],
    });
  });

  it("are the same on a child page, which is the current tab", () => {
    const tabs = pageTabs(node("/livraison/"))!;
    assert.deepEqual(
      tabs.tabs.filter((tab) => tab.current).map((tab) => tab.title),
      ["Livrer"],
    );
  });

  it("label the parent's tab with its title when it has no tertiaryTitle of its own", () => {
    const tree = buildNavigation([entry("Guide"), entry("Offre", "Guide"), entry("Produit", "Offre", 1, "Produit")]);
    assert.equal(pageTabs(tree.byUrl.get("/produit/"))!.tabs[0]!.title, "Offre");
  });

  it("are absent from a page in no set of tabs, and from a child without tertiaryTitle", () => {
    assert.equal(pageTabs(node("/autre-page/")), undefined);
    assert.equal(pageTabs(node("/annexe/")), undefined);
  });

  it("leave the tiles and the side menu to the children that are not tabs", () => {
    assert.deepEqual(
      listedChildren(node("/tutoriel/")).map((child) => child.key),
      ["Annexe"],
    );
  });

  it("mark their parent in the side menu of a tab, which the menu does not list", () => {
    const [tutorial] = sideMenu(node("/livraison/"))!.items;
    assert.equal(tutorial!.title, "Tutoriel");
    assert.equal(tutorial!.section, true);
    assert.equal(tutorial!.current, false);
    assert.deepEqual(
      tutorial!.children.map((child) => child.title),
      ["Annexe"],
    );
  });
});

describe("tabs in a built page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("tabs");
  });

  it("are links to real pages, the page being read marked as current, under its title", () => {
    assert.deepEqual(buildReport(site), { exitCode: 0, findings: [] });
    const page = parseHtml(site.html("/fr/guide/tutoriel/livraison/"));
    const nav = selectOne(page, "article nav.frx-tabnav");
    assert.equal(nav.attribs["aria-label"], "Publier un flux");
    assert.deepEqual(
      select(nav, "a").map((link) => [textOf(link), link.attribs.href, link.attribs["aria-current"]]),
      [
        ["Présentation", "/fr/guide/tutoriel/", undefined],
        ["Livraison", "/fr/guide/tutoriel/livraison/", "page"],
        ["Publication", "/fr/guide/tutoriel/publication/", undefined],
      ],
    );
  });

  it("keep the side menu, its parent marked for a tab, and leave the tiles to the other children", () => {
    const tab = parseHtml(site.html("/fr/guide/tutoriel/livraison/"));
    const parentLink = select(tab, "nav.fr-sidemenu a").find((link) => textOf(link) === "Publier un flux");
    assert.equal(parentLink?.attribs["aria-current"], "true");
    assert.deepEqual(select(tab, "nav.fr-sidemenu a").map(textOf), [
      "Guide des tutoriels",
      "Publier un flux",
      "Annexe du tutoriel",
    ]);
    const parent = parseHtml(site.html("/fr/guide/tutoriel/"));
    assert.deepEqual(select(parent, "section[aria-labelledby=dans-cette-rubrique] .fr-tile__title").map(textOf), [
      "Annexe du tutoriel",
    ]);
  });
});
