import type { Finding } from "../finding.ts";
import { pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * No page loads a script from another site (an embed such as `<script src="//jsfiddle.net/…">`):
 * the site's Content Security Policy (`script-src 'self'`, deploy/nginx.conf) blocks it, so the
 * reader would see nothing in its place, and a script of another site could do anything on this one.
 */
export function checkExternalScripts(model: SiteModel): Finding[] {
  return pageReferences(model)
    .filter(({ reference, target }) => reference.element === "script" && target.kind === "external")
    .map((item) =>
      referenceFinding(
        model,
        placeOf(item),
        "error",
        "script-external",
        `script d’un autre site "${item.reference.value}" : la politique de sécurité du site le bloque, rien ne s’afficherait à sa place`,
        "remplacez-le par un lien vers ce qu’il montrait, ouvert dans une nouvelle fenêtre",
      ),
    );
}
