import { defaultUrl } from "./source-url.ts";

/**
 * What becomes of each file of an eleventy-dsfr site: its pages, folder data and public files are
 * imported; the pages that only serve its templates (feeds, search results, site map, 404, tag
 * lists, calendar) give way to the generator's own, with a redirect page where a reader's URL would
 * otherwise be lost; its templates, global data and the scripts of its templates stay behind.
 */
export function partOf(file: string): SitePart {
  const inContent = file.startsWith("content/") ? file.slice("content/".length) : undefined;
  if (inContent !== undefined) {
    for (const rule of REPLACED_PAGES) {
      if (!rule.match.test(inContent)) continue;
      const url = /\.(md|njk|html)$/.test(inContent) ? defaultUrl(inContent.replace(/\.[^.]+$/, "")) : undefined;
      const redirect =
        rule.redirectTo && url && rule.redirectsFrom?.test(url) ? { from: url, to: rule.redirectTo } : undefined;
      return { kind: "replaced", reason: rule.reason, redirect };
    }
    if (/\.11tydata\.js$/.test(inContent)) return { kind: "data" };
    if (/\.(md|njk|html)$/.test(inContent)) return { kind: "page" };
    return { kind: "asset" };
  }
  if (file.startsWith("public/")) {
    const asset = TEMPLATE_ASSETS.find((rule) => rule.match.test(file.slice("public/".length)));
    return asset ? { kind: "template-asset", reason: asset.reason } : { kind: "public" };
  }
  return { kind: "left", reason: LEFT.find((rule) => rule.match.test(file))?.reason };
}

export type SitePart =
  | { kind: "page" | "data" | "asset" | "public" }
  | { kind: "replaced"; reason: string; redirect?: { from: string; to: string } }
  | { kind: "template-asset"; reason: string }
  | { kind: "left"; reason?: string };

/** Pages of the eleventy-dsfr templates that the generator writes itself. */
const REPLACED_PAGES: { match: RegExp; reason: string; redirectTo?: string; redirectsFrom?: RegExp }[] = [
  { match: /^index\.(html|njk|md)$/, reason: "redirection de la racine vers /fr/ : le générateur écrit la sienne" },
  { match: /^404\.(html|njk|md)$/, reason: "page d’erreur 404 : le générateur a la sienne, à la même adresse" },
  {
    match: /^[a-z]{2}\/search-results\.(njk|md|html)$/,
    reason: "page de résultats de recherche : remplacée par /fr/recherche/",
    redirectTo: "/fr/recherche/",
    redirectsFrom: /./,
  },
  {
    match: /^(plan-du-site|sitemap)(\/|\.)/,
    reason: "plan du site : remplacé par /fr/plan-du-site/ et /sitemap.xml",
    redirectTo: "/fr/plan-du-site/",
    redirectsFrom: /\/$/,
  },
  { match: /^feed\//, reason: "flux RSS, Atom ou JSON : le générateur écrit les flux de chaque rubrique d’actualités" },
  { match: /^calendar\//, reason: "calendrier ICS des évènements du modèle : non repris" },
  {
    match: /^[a-z]{2}\/blog\/tags(_index)?\.njk$/,
    reason: "listes d’étiquettes : remplacées par /fr/etiquettes/",
  },
  {
    match: /^en\//,
    reason: "version anglaise : le générateur ne publie que le français",
    redirectTo: "/fr/",
    redirectsFrom: /^\/en\/$/,
  },
];

/** Files of `public/` that belong to the eleventy-dsfr templates, not to the pages. */
const TEMPLATE_ASSETS: { match: RegExp; reason: string }[] = [
  {
    match: /^js\/(search|search-results|blog|copy|header-logo|header-auth|env|mermaid\.initialize)\.js$/,
    reason: "script des gabarits du modèle : le générateur a les siens",
  },
  {
    match: /^css\/(index|prism-[\w-]+)\.css$/,
    reason: "feuille de style des gabarits du modèle : le générateur a la sienne",
  },
  {
    match: /^(silent-check-sso|oauth2-redirect)\.html$/,
    reason: "page technique de connexion (Keycloak, Swagger UI) : non reprise",
  },
];

const LEFT: { match: RegExp; reason: string }[] = [
  { match: /^_includes\//, reason: "gabarits du modèle : le générateur a les siens" },
  { match: /^_data\//, reason: "données globales des gabarits du modèle (métadonnées, traductions) : non reprises" },
];
