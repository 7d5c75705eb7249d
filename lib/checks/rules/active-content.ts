import { error, type Finding } from "../finding.ts";
import type { ActiveContent } from "../model/html-page.ts";
import { pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import { locateText } from "../model/reference-source.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * What the site's Content Security Policy (deploy/nginx.conf) blocks in production, refused where
 * it is written: a script or style in a page, an event handler (`onclick`, also in `{…}`
 * attributes), a `javascript:` link, a frame, a form sent to another site. In the preview it may
 * seem to work; published, it would silently not.
 */
export function checkActiveContent(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    const counts = new Map<string, number>();
    for (const content of page.html?.activeContent ?? []) {
      const said = SAID[content.kind](content);
      const occurrence = (counts.get(said.pattern.source) ?? 0) + 1;
      counts.set(said.pattern.source, occurrence);
      const { file, line } = locateText(model, page, said.pattern, occurrence);
      findings.push(error("active-content", file, said.message, said.fix, line));
    }
  }
  for (const item of pageReferences(model)) {
    const said = referenceSaid(item.reference.value, item.reference.element, item.target.kind);
    if (said) findings.push(referenceFinding(model, placeOf(item), "error", "active-content", said.message, said.fix));
  }
  return findings;
}

/** What the policy blocks in a URL: code in a `javascript:` link, a form sent to another site. */
function referenceSaid(value: string, element: string, target: string): { message: string; fix: string } | undefined {
  if (/^\s*javascript:/i.test(value))
    return {
      message: `lien « ${value.trim().slice(0, 40)} » : du code dans une adresse, que la politique de sécurité du site bloque`,
      fix: "un lien mène à une page ou un fichier ; pour une action, utilisez un composant du DSFR",
    };
  if (element === "form" && target === "external")
    return {
      message: `formulaire envoyé à ${value.trim()} : la politique de sécurité du site n’envoie les formulaires qu’au site lui-même`,
      fix: "mettez un lien vers le formulaire de l’autre site (target=_blank) à la place",
    };
  return undefined;
}

const SCRIPT_FIX =
  "les pages n’ont pas de code : un script se publie comme fichier dans public/js/, chargé par un gabarit ; une interaction s’écrit avec un composant (accordéon, onglets…)";
const STYLE_FIX = "utilisez les classes du DSFR (fr-…) ou celles de public/css/site.css, par exemple {.fr-mt-4w}";

const SAID: Record<
  ActiveContent["kind"],
  (content: ActiveContent) => { pattern: RegExp; message: string; fix: string }
> = {
  "inline-script": () => ({
    pattern: /<script\b/gi,
    message: "script écrit dans la page : la politique de sécurité du site l’empêche de s’exécuter",
    fix: SCRIPT_FIX,
  }),
  handler: (content) => ({
    pattern: new RegExp(`\\b${content.attribute}\\s*=`, "gi"),
    message: `attribut « ${content.attribute} » sur <${content.element}> : du code dans la page, que la politique de sécurité du site bloque`,
    fix: SCRIPT_FIX,
  }),
  "style-element": () => ({
    pattern: /<style\b/gi,
    message: "bloc <style> dans la page : la politique de sécurité du site l’ignore",
    fix: STYLE_FIX,
  }),
  "style-attribute": (content) => ({
    pattern: /\bstyle\s*=/gi,
    message: `attribut « style » sur <${content.element}> : la politique de sécurité du site l’ignore`,
    fix: STYLE_FIX,
  }),
  frame: (content) => ({
    pattern: new RegExp(`<${content.element}\\b`, "gi"),
    message: `<${content.element}>${content.value ? ` vers ${content.value}` : ""} : la politique de sécurité du site n’affiche aucun cadre`,
    fix: "mettez un lien vers ce contenu (target=_blank) à la place",
  }),
};
