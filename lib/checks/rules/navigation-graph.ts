import path from "node:path";
import { closest } from "../../shared/closest.ts";
import { error, type Finding } from "../finding.ts";
import { fieldOrigin } from "../model/field-origin.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";

/**
 * The guides form trees: each page's `parent` is a `key` of its own guide (`nav`), keys are unique
 * within a guide, parents never loop, and every page of a guide hangs from the guide's one root.
 */
export function checkNavigationGraph(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  // Said where the field is written: a folder's data file sets `parent` or `nav` for all its pages, once.
  const at = (entry: NavigationEntry, field: string, rule: string, message: string, fix: string) => {
    const { file, line } = fieldOrigin(model, entry.page, ["eleventyNavigation", field]);
    findings.push(error(rule, file, message, fix, line));
  };

  const entries = navigationEntries(model);
  // Pages left out of the build keep their key: their children are not told their parent is unknown.
  const leftOutKeys = new Set(
    model.leftOut.flatMap((page) => {
      const { key, nav } = (page.navigation ?? {}) as { key?: unknown; nav?: unknown };
      return typeof key === "string" ? [`${typeof nav === "string" ? nav : ""}\0${key}`] : [];
    }),
  );
  const navOfKey = new Map(entries.map((entry) => [entry.key, entry.nav]));
  for (const entry of entries.filter((item) => !item.nav)) {
    const nav = entry.parent ? navOfKey.get(entry.parent) : undefined;
    at(
      entry,
      "key",
      "navigation-nav-missing",
      `page "${entry.key}" rattachée à aucun guide (« nav » manquant)`,
      nav
        ? `ajoutez nav: ${nav} dans eleventyNavigation, le guide de son parent`
        : "ajoutez « nav » dans eleventyNavigation (ou dans le fichier de données du dossier)",
    );
  }

  for (const [nav, members] of groupBy(
    entries.filter((entry) => entry.nav),
    (entry) => entry.nav,
  )) {
    const byKey = new Map<string, NavigationEntry>();
    for (const entry of members) {
      const first = byKey.get(entry.key);
      if (first)
        at(
          entry,
          "key",
          "navigation-key-duplicate",
          `clé "${entry.key}" déjà utilisée dans le guide "${nav}" par ${first.page.source}`,
          "donnez à cette page une « key » unique dans son guide",
        );
      else byKey.set(entry.key, entry);
    }
    for (const entry of members) {
      if (entry.parent === undefined || byKey.has(entry.parent) || leftOutKeys.has(`${nav}\0${entry.parent}`)) continue;
      const elsewhere = entries.find((other) => other.key === entry.parent && other.nav && other.nav !== nav);
      const suggestion = elsewhere ? undefined : closest(entry.parent, possibleParents(model, entry, members));
      at(
        entry,
        "parent",
        "navigation-parent-unknown",
        `parent "${entry.parent}" inconnu dans le guide "${nav}"`,
        elsewhere
          ? `"${entry.parent}" est dans le guide "${elsewhere.nav}" : une page et son parent doivent être dans le même guide`
          : suggestion
            ? `vouliez-vous dire "${suggestion}" ?`
            : `écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête`,
      );
    }
    for (const cycle of cyclesOf(members, byKey)) {
      const chain = [...cycle, cycle[0]!].map((entry) => `"${entry.key}"`).join(" → ");
      at(
        cycle[0]!,
        "parent",
        "navigation-cycle",
        `boucle de parents : ${chain}`,
        `rattachez l’une de ces pages (${cycle.map((entry) => entry.page.source).join(", ")}) à une page hors de la boucle`,
      );
    }
    const roots = members.filter((entry) => entry.parent === undefined).sort(byDepthThenSource);
    for (const extra of roots.slice(1)) {
      const home = roots[0]!;
      at(
        extra,
        "key",
        "navigation-root-extra",
        `page sans parent dans le guide "${nav}", qui a déjà pour accueil "${home.key}" (${home.page.source})`,
        `ajoutez « parent » dans eleventyNavigation, par exemple parent: ${home.key}`,
      );
    }
    // The pages under a broken one are out of the guide too, but for its one cause: they are not
    // reported each (a guide's home misplaced would name its hundreds of pages).
  }
  return findings;
}

/**
 * The keys a page may take as parent: in its guide, neither itself nor a page below it (that
 * would loop); when a folder's data file sets the parent, none of that folder's pages either, since
 * the one suggestion is read by all of them.
 */
function possibleParents(model: SiteModel, entry: NavigationEntry, members: NavigationEntry[]): string[] {
  const { file } = fieldOrigin(model, entry.page, ["eleventyNavigation", "parent"]);
  const folder = file === entry.page.source ? undefined : `${path.dirname(file)}${path.sep}`;
  const below = new Set<NavigationEntry>([entry]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const member of members)
      if (!below.has(member) && [...below].some((parent) => member.parent === parent.key)) {
        below.add(member);
        grew = true;
      }
  }
  return members
    .filter((member) => !below.has(member) && !(folder && member.page.source.startsWith(folder)))
    .map((member) => member.key);
}

/** Pages with a navigation key, in source order so that "the first page with this key" is stable. */
function navigationEntries(model: SiteModel): NavigationEntry[] {
  const pages = [...model.pages].sort((a, b) => a.source.localeCompare(b.source));
  return pages.flatMap((page) => {
    const navigation = page.data.eleventyNavigation as Record<string, unknown> | undefined;
    const key = navigation?.key;
    if (typeof key !== "string" || !key.trim()) return [];
    const parent = typeof navigation?.parent === "string" ? navigation.parent : undefined;
    return [{ key, parent, nav: typeof navigation?.nav === "string" ? navigation.nav : "", page }];
  });
}

/** Each loop of parents once, its members in the order the parents are followed. */
function cyclesOf(members: NavigationEntry[], byKey: Map<string, NavigationEntry>): NavigationEntry[][] {
  const cycles: NavigationEntry[][] = [];
  const done = new Set<NavigationEntry>();
  for (const start of members) {
    const path: NavigationEntry[] = [];
    let current: NavigationEntry | undefined = start;
    while (current && !done.has(current) && !path.includes(current)) {
      path.push(current);
      current = current.parent === undefined ? undefined : byKey.get(current.parent);
    }
    if (current && path.includes(current)) cycles.push(path.slice(path.indexOf(current)));
    for (const entry of path) done.add(entry);
  }
  return cycles;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** The guide's root is its shallowest page (`guides-producteur/index.md`, not a page deep inside). */
function byDepthThenSource(a: NavigationEntry, b: NavigationEntry): number {
  return a.page.url.split("/").length - b.page.url.split("/").length || a.page.source.localeCompare(b.page.source);
}

interface NavigationEntry {
  key: string;
  parent?: string;
  nav: string;
  page: SitePage;
}
