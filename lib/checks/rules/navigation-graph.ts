import { MAIN_NAV } from "../../navigation/tree.ts";
import type { Finding } from "../finding.ts";
import type { SiteModel } from "../model/site-model.ts";
import {
  descendants,
  groupBy,
  type NavigationEntry,
  navigationEntries,
  pagesWithoutPlace,
} from "./navigation-entries.ts";
import { checkGuideHomes, checkMenuAnchors } from "./navigation-homes.ts";
import { checkSameKey, parentFix } from "./navigation-keys.ts";
import { NavigationReport } from "./navigation-report.ts";

/**
 * The guides form trees: each page's `parent` is a `key` of its own guide (`nav`), parents never
 * loop, a key that a page names as parent (or that two sister pages share) is unique, and every
 * page hangs from the guide's home. Each mistake is said once, where it is written (a folder's
 * data file for all its pages), with the number of pages it leaves out of the guide.
 */
export function checkNavigationGraph(model: SiteModel): Finding[] {
  const report = new NavigationReport(model);
  const entries = navigationEntries(model);
  for (const entry of entries.filter((item) => !item.nav)) {
    const nav = entry.parent ? entries.find((other) => other.key === entry.parent && other.nav)?.nav : undefined;
    report.error(
      entry,
      entry.key === undefined ? "parent" : "key",
      "navigation-nav-missing",
      `page "${entry.label}" rattachée à aucun guide (« nav » manquant)`,
      nav
        ? `ajoutez nav: ${nav} dans eleventyNavigation, le guide de son parent`
        : "ajoutez « nav » dans eleventyNavigation (ou dans le fichier de données du dossier)",
    );
  }
  for (const page of pagesWithoutPlace(model))
    report.error(
      { nav: "", label: page.url, page },
      "key",
      "navigation-place-missing",
      `page du guide "${(page.data.eleventyNavigation as { nav: string }).nav}" sans place dans son menu : ni « key » ni « parent »`,
      "ajoutez dans eleventyNavigation sa « key » (son nom dans le menu) et son « parent » (la « key » de la page parente)",
    );
  const byNav = groupBy(
    entries.filter((entry) => entry.nav),
    (entry) => entry.nav,
  );
  const homes = checkGuideHomes(model, byNav, report);
  checkMenuAnchors(model, entries, report);
  // Pages left out of the build keep their key: their children are not told their parent is unknown.
  const leftOutKeys = new Set(
    model.leftOut.flatMap((page) => {
      const { key, nav } = (page.navigation ?? {}) as { key?: unknown; nav?: unknown };
      return typeof key === "string" ? [`${typeof nav === "string" ? nav : ""}\0${key}`] : [];
    }),
  );
  for (const [nav, members] of byNav) checkGuide(nav, members, entries, homes.get(nav), report, leftOutKeys);
  return report.findings();
}

function checkGuide(
  nav: string,
  members: NavigationEntry[],
  everyEntry: NavigationEntry[],
  home: NavigationEntry | undefined,
  report: NavigationReport,
  leftOutKeys: ReadonlySet<string>,
): void {
  const byKey = new Map<string, NavigationEntry>();
  const sameKey = new Map<string, NavigationEntry[]>();
  for (const entry of members) {
    if (entry.key === undefined) continue;
    if (byKey.has(entry.key))
      sameKey.get(entry.key)?.push(entry) ?? sameKey.set(entry.key, [byKey.get(entry.key)!, entry]);
    else byKey.set(entry.key, entry);
  }
  const childrenOf = groupBy(
    members.filter((entry) => entry.parent !== undefined && byKey.has(entry.parent)),
    (entry) => byKey.get(entry.parent!)!,
  );
  const below = (entry: NavigationEntry) => descendants(entry, childrenOf).size;

  for (const [key, pages] of sameKey) checkSameKey(nav, key, pages, members, report);
  for (const entry of members) {
    if (entry.parent === undefined || byKey.has(entry.parent) || leftOutKeys.has(`${nav}\0${entry.parent}`)) continue;
    report.error(
      entry,
      "parent",
      "navigation-parent-unknown",
      `parent "${entry.parent}" inconnu dans le guide "${nav}"`,
      parentFix(entry, nav, members, everyEntry, byKey, sameKey, childrenOf),
      below(entry),
    );
  }
  for (const cycle of cyclesOf(members, byKey)) {
    const chain =
      cycle.length === 1
        ? `la page "${cycle[0]!.key}" est son propre parent`
        : `boucle de parents : ${[...cycle, cycle[0]!].map((entry) => `"${entry.key}"`).join(" → ")}`;
    const inCycle = new Set(cycle);
    const hanging = new Set(
      cycle.flatMap((entry) => [...descendants(entry, childrenOf)]).filter((e) => !inCycle.has(e)),
    );
    report.error(
      cycle[0]!,
      "parent",
      "navigation-cycle",
      chain,
      `rattachez l’une de ces pages (${cycle.map((entry) => entry.page.source).join(", ")}) à une page hors de la boucle`,
      hanging.size,
    );
  }
  if (nav !== MAIN_NAV && !home) checkSingleRoot(nav, members, report, below);
}

/** Without a home named by `sidemenuNav`, a guide's one page without parent is its home. */
function checkSingleRoot(
  nav: string,
  members: NavigationEntry[],
  report: NavigationReport,
  below: (entry: NavigationEntry) => number,
): void {
  const roots = members.filter((entry) => entry.parent === undefined).sort(byDepthThenSource);
  if (roots.length < 2) return;
  const [home, second] = roots as [NavigationEntry, NavigationEntry];
  if (depthOf(home) === depthOf(second)) {
    report.error(
      home,
      "key",
      "navigation-home-missing",
      `guide "${nav}" sans page d’accueil : ${roots.length} pages sans parent (${roots.map((entry) => `"${entry.label}"`).join(", ")})`,
      `désignez sa page d’accueil en ajoutant sidemenuNav: ${nav} à son en-tête ; ces pages se placent sous elle`,
    );
    return;
  }
  for (const extra of roots.slice(1))
    report.error(
      extra,
      "key",
      "navigation-root-extra",
      `page sans parent dans le guide "${nav}", qui a déjà pour accueil "${home.label}" (${home.page.source})`,
      home.key === undefined
        ? "ajoutez « parent » dans eleventyNavigation"
        : `ajoutez « parent » dans eleventyNavigation, par exemple parent: ${home.key}`,
      below(extra),
    );
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

function depthOf(entry: NavigationEntry): number {
  return entry.page.url.split("/").length;
}

/** The guide's root is its shallowest page (`guides-producteur/index.md`, not a page deep inside). */
function byDepthThenSource(a: NavigationEntry, b: NavigationEntry): number {
  return depthOf(a) - depthOf(b) || a.page.source.localeCompare(b.page.source);
}
