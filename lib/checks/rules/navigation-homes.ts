import { resolvePageUrl } from "../../navigation/page-url.ts";
import { closest } from "../../shared/closest.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";
import type { NavigationEntry } from "./navigation-entries.ts";
import type { NavigationReport } from "./navigation-report.ts";

/**
 * The homes that pages name with `sidemenuNav`, by guide: one per guide, of a guide that has
 * pages. A page outside the guide can be its home (a partner's home page).
 */
export function checkGuideHomes(
  model: SiteModel,
  byNav: Map<string, NavigationEntry[]>,
  report: NavigationReport,
): Map<string, NavigationEntry> {
  const homes = new Map<string, NavigationEntry>();
  for (const page of [...model.pages].sort((a, b) => a.source.localeCompare(b.source))) {
    const nav = page.data.sidemenuNav;
    if (typeof nav !== "string" || !nav.trim()) continue;
    const home = entryOf(page);
    const first = homes.get(nav);
    if (first)
      report.error(
        home,
        "sidemenuNav",
        "navigation-home-duplicate",
        `deuxième page d’accueil du guide "${nav}", qui a déjà pour accueil ${first.page.source}`,
        "retirez « sidemenuNav » de l’une des deux pages",
      );
    else if (!byNav.has(nav)) {
      const suggestion = closest(nav, byNav.keys());
      report.error(
        home,
        "sidemenuNav",
        "navigation-home-unknown",
        `sidemenuNav : aucune page n’appartient au guide "${nav}"`,
        suggestion
          ? `vouliez-vous dire "${suggestion}" ?`
          : `écrivez le « nav » des pages du guide (${[...byNav.keys()].join(", ") || "aucun guide"})`,
      );
    } else homes.set(nav, home);
  }
  return homes;
}

/** `sidemenuActive` names a page of the site, written as eleventy-dsfr sites do (language and final slash optional). */
export function checkMenuAnchors(model: SiteModel, entries: NavigationEntry[], report: NavigationReport): void {
  const urls = new Set(model.pages.flatMap((page) => (page.url ? [page.url] : [])));
  for (const entry of entries) {
    const written = (entry.page.data.eleventyNavigation as { sidemenuActive?: unknown } | undefined)?.sidemenuActive;
    if (typeof written !== "string" || resolvePageUrl(written, entry.page.url, urls).found) continue;
    const suggestion = closest(written, urls);
    report.error(
      entry,
      "sidemenuActive",
      "navigation-menu-anchor-unknown",
      `sidemenuActive "${written}" : aucune page à cette adresse`,
      suggestion ? `vouliez-vous dire "${suggestion}" ?` : "écrivez l’adresse de la page du menu à marquer (/fr/…/)",
    );
  }
}

function entryOf(page: SitePage): NavigationEntry {
  const title = typeof page.data.title === "string" ? page.data.title : undefined;
  return { nav: "", title, label: title ?? page.url, page };
}
