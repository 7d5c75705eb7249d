import { closest } from "../../shared/closest.ts";
import type { Finding } from "../finding.ts";
import { isImageReference, pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import { withoutPrefix } from "../model/reference-source.ts";
import type { SiteModel } from "../model/site-model.ts";
import { normalizePrefix } from "../model/site-url.ts";
import { isLeftOutDraft } from "./draft-links.ts";

/**
 * Every link of the site leads somewhere: each internal URL of a page (links written in Markdown,
 * in component parameters or by the layouts, stylesheets, scripts, forms, redirects) is a page or
 * a file of the site, the path prefix taken into account.
 */
export function checkLinks(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  let pageUrls: string[] | undefined;
  // A broken link of a layout or of site data is on every page: its suggestion is looked for once.
  const suggestions = new Map<string, string | undefined>();
  // A page left out of the build has its own errors: links to it are not broken a second time.
  const leftOut = new Set(model.leftOut.flatMap((page) => (page.url ? [safeDecode(page.url)] : [])));
  for (const item of pageReferences(model)) {
    const { reference, target } = item;
    if (isImageReference(reference)) continue;
    // A link to a page left out for its errors is said with them; a link to a draft has its own message (draft-links.ts).
    if (target.kind === "internal" && !item.file && leftOut.has(target.path.replace(/(?<=\/)index\.html$/, "")))
      continue;
    if (target.kind === "internal" && !item.file && !isLeftOutDraft(model, target.path)) {
      const written = withoutPrefix(reference.value, model.pathPrefix);
      const isPageLink = reference.element === "a" || reference.element === "area" || reference.element === "form";
      pageUrls ??= model.pages.filter((page) => page.html).map((page) => page.url);
      const key = `${isPageLink}\0${target.path}`;
      if (!suggestions.has(key)) suggestions.set(key, closest(target.path, isPageLink ? pageUrls : model.files));
      const suggestion = suggestions.get(key);
      const what = isPageLink
        ? `lien cassé vers "${written}" : aucune page à cette adresse`
        : `fichier "${written}" introuvable`;
      findings.push(
        referenceFinding(
          model,
          placeOf(item),
          "error",
          "link-broken",
          what,
          suggestion
            ? `vouliez-vous dire "${suggestion}" ?`
            : 'vérifiez l’adresse : elle part de la racine du site, par exemple "/fr/guides-producteur/"',
        ),
      );
    } else if (target.kind === "outside-prefix") {
      findings.push(
        referenceFinding(
          model,
          placeOf(item),
          "error",
          "link-broken",
          `lien "${reference.value}" hors du site, qui est publié sous ${normalizePrefix(model.pathPrefix)}`,
          'écrivez l’adresse depuis la racine du site ("/fr/…") : la construction ajoute le préfixe',
        ),
      );
    } else if (reference.element === "a" && (target.kind === "empty" || reference.value === ".")) {
      // Under a path prefix, Eleventy's base plugin writes an empty `href` as ".".
      findings.push(
        referenceFinding(
          model,
          { ...placeOf(item), value: "" },
          "error",
          "link-broken",
          "lien sans adresse",
          "indiquez l’adresse de la page visée, ou retirez le lien",
        ),
      );
    }
  }
  return findings;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
