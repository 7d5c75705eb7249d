import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sideMenu } from "../../lib/navigation/side-menu.ts";
import { buildNavigation, type NavEntry } from "../../lib/navigation/tree.ts";

const entry = (key: string, parent?: string, order?: number, nav = "producteur"): NavEntry => ({
  key,
  parent,
  order,
  nav,
  title: key,
  url: nav === "producteur" ? `/${slug(key)}/` : `/${nav}/${slug(key)}/`,
  inputPath: `content/${key}.md`,
});

const slug = (key: string) => key.toLowerCase().replace(/ /g, "-");

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

describe("navigation tree", () => {
  it("lists one root per guide, in order", () => {
    assert.deepEqual(
      site.guides.map((guide) => guide.key),
      ["Guide", "Autre guide"],
    );
  });

  it("orders siblings by their order field", () => {
    assert.deepEqual(
      node("/guide/").children.map((child) => child.key),
      ["A", "B"],
    );
    assert.deepEqual(
      node("/a/").children.map((child) => child.key),
      ["A1", "A2"],
    );
  });

  it("orders siblings without an order by title, after the ordered ones", () => {
    const tree = buildNavigation([
      entry("Root"),
      entry("Zèbre", "Root"),
      entry("Âne", "Root"),
      entry("Premier", "Root", 1),
    ]);
    assert.deepEqual(
      tree.guides[0]?.children.map((child) => child.key),
      ["Premier", "Âne", "Zèbre"],
    );
  });

  it("keeps keys apart between guides: the same key can live in two guides", () => {
    const other = site.guides[1]?.children[0];
    assert.equal(other?.key, "A");
    assert.equal(other?.guide?.key, "Autre guide");
  });

  it("gives a fourth-level page its three ancestors, root first, for the breadcrumb", () => {
    assert.deepEqual(
      node("/a1a/").ancestors.map((ancestor) => ancestor.key),
      ["Guide", "A", "A1"],
    );
    assert.equal(node("/a1a/").depth, 3);
  });

  it("chains previous and next pages in reading order, depth first, within a guide", () => {
    const order: string[] = [];
    for (let current = site.guides[0] as (typeof site.guides)[0] | undefined; current; current = current.next)
      order.push(current.key);
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
});

describe("side menu", () => {
  it("unfolds only the branch that leads to the page", () => {
    const menu = sideMenu(node("/a1a/"))!;
    assert.equal(menu.title, "Guide");
    const [a, b] = menu.items;
    assert.ok(a && b);
    assert.equal(a.expanded, true);
    assert.equal(b.expanded, false);
    assert.deepEqual(b.children, []);
    const [a1, a2] = a.children;
    assert.ok(a1 && a2);
    assert.equal(a1.expanded, true);
    assert.equal(a2.expanded, false);
    assert.equal(a1.children[0]?.current, true);
  });

  it("is absent for a page outside every guide", () => {
    assert.equal(sideMenu(undefined), undefined);
  });
});
