import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SideMenuItem, sideMenu } from "../../lib/navigation/side-menu.ts";
import { buildNavigation } from "../../lib/navigation/tree.ts";
import { navEntry as entry } from "../support/nav-entry.ts";

const site = buildNavigation([
  entry("Guide", undefined, 1),
  entry("B", "Guide", 2),
  entry("A", "Guide", 1),
  entry("A2", "A", 2),
  entry("A1", "A", 1),
  entry("A1a", "A1", 1),
]);
const node = (url: string) => site.byUrl.get(url)!;
/** The items of a menu, depth first, as `title` or `title*` when unfolded. */
const shown = (items: SideMenuItem[]): string[] =>
  items.flatMap((item) => [`${item.title}${item.expanded ? "*" : ""}`, ...shown(item.children)]);

describe("side menu", () => {
  it("unfolds only the branch that leads to the page", () => {
    const menu = sideMenu(node("/a1a/"))!;
    assert.equal(menu.title, "Guide");
    assert.deepEqual(shown(menu.items), ["A*", "A1*", "A1a", "A2", "B"]);
    assert.equal(menu.items[0]?.children[0]?.children[0]?.current, true);
  });

  it("is absent for a page outside every guide", () => {
    assert.equal(sideMenu(undefined), undefined);
  });

  it("goes as deep as the guide, listing at each level only the siblings on the way", () => {
    const levels = ["Guide", "N1", "N2", "N3", "N4", "N5", "N6"];
    const deep = buildNavigation([
      ...levels.map((key, index) => entry(key, levels[index - 1], 1)),
      ...levels.slice(0, -1).map((key) => entry(`${key} bis`, key, 2)),
    ]);
    const menu = sideMenu(deep.byUrl.get("/n6/"))!;
    assert.deepEqual(shown(menu.items), [
      "N1*",
      "N2*",
      "N3*",
      "N4*",
      "N5*",
      "N6",
      "N5 bis",
      "N4 bis",
      "N3 bis",
      "N2 bis",
      "N1 bis",
      "Guide bis",
    ]);
  });

  it("shows a clickableParent as a link without its children, and marks it when one of them is read", () => {
    const blog = buildNavigation([
      entry("Guide"),
      { ...entry("Actualités", "Guide", 1), clickableParent: true },
      entry("Article", "Actualités"),
    ]);
    const menu = sideMenu(blog.byUrl.get("/article/"))!;
    assert.deepEqual(shown(menu.items), ["Actualités"]);
    assert.deepEqual(
      { current: menu.items[0]?.current, section: menu.items[0]?.section, onPath: menu.items[0]?.onPath },
      { current: false, section: true, onPath: true },
    );
  });

  it("marks the item sidemenuActive names for a page the menu does not show, even outside the guide", () => {
    const tree = buildNavigation([
      entry("Guide"),
      entry("Section", "Guide", 1),
      {
        nav: "",
        title: "Hors guide",
        url: "/hors-guide/",
        inputPath: "content/hors-guide.md",
        sidemenuActive: "/section",
      },
    ]);
    const menu = sideMenu(tree.byUrl.get("/hors-guide/"))!;
    assert.equal(menu.title, "Guide");
    assert.deepEqual(
      menu.items.map((item) => [item.title, item.section, item.current]),
      [["Section", true, false]],
    );
  });
});
