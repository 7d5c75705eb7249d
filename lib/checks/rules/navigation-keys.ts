import { closest } from "../../shared/closest.ts";
import { descendants, type NavigationEntry } from "./navigation-entries.ts";
import type { NavigationReport } from "./navigation-report.ts";

/**
 * A key is looked up only by the pages that name it as parent: two pages may share one as long as
 * no page names it and they are not sisters, whose menu entries would read the same.
 */
export function checkSameKey(
  nav: string,
  key: string,
  pages: NavigationEntry[],
  members: NavigationEntry[],
  report: NavigationReport,
): void {
  const [first, ...others] = pages as [NavigationEntry, ...NavigationEntry[]];
  const naming = members.find((entry) => entry.parent === key);
  others.forEach((other, index) => {
    const sister = pages
      .slice(0, index + 1)
      .find((earlier) => earlier.parent === other.parent && earlier.label === other.label);
    if (naming)
      report.error(
        other,
        "key",
        "navigation-key-duplicate",
        `clé "${key}" déjà utilisée dans le guide "${nav}" par ${first.page.source} : le parent de ${naming.page.source} est ambigu`,
        "donnez à cette page une « key » unique dans son guide",
      );
    else if (sister)
      report.error(
        other,
        "key",
        "navigation-key-duplicate",
        `clé "${key}" déjà utilisée dans le guide "${nav}" par ${sister.page.source}, une page sœur : le menu les montre sous le même nom`,
        "donnez à cette page une « key » unique dans son guide",
      );
  });
}

/** Never a wrong parent: a key of the same guide, neither the page's own nor one of its descendants', nor one two pages share. */
export function parentFix(
  entry: NavigationEntry,
  nav: string,
  members: NavigationEntry[],
  everyEntry: NavigationEntry[],
  byKey: Map<string, NavigationEntry>,
  sameKey: Map<string, NavigationEntry[]>,
  childrenOf: Map<NavigationEntry, NavigationEntry[]>,
): string {
  const parent = entry.parent!;
  const elsewhere = everyEntry.find((other) => other.key === parent && other.nav && other.nav !== nav);
  if (elsewhere)
    return `"${parent}" est dans le guide "${elsewhere.nav}" : une page et son parent doivent être dans le même guide`;
  const excluded = new Set([entry, ...descendants(entry, childrenOf)]);
  const titled = members.find((other) => other.title === parent && other.key !== undefined && !excluded.has(other));
  if (titled && !sameKey.has(titled.key!))
    return `"${parent}" est le titre de ${titled.page.source} : sa « key » est "${titled.key}"`;
  const candidates = [...byKey.values()].filter((other) => !excluded.has(other) && !sameKey.has(other.key!));
  const suggestion = closest(
    parent,
    candidates.map((other) => other.key!),
  );
  return suggestion
    ? `vouliez-vous dire "${suggestion}" ?`
    : "écrivez la « key » de la page parente, telle qu’elle est écrite dans son en-tête";
}
