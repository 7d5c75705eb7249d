import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { buildFixture } from "../../support/build-fixture.ts";

const page = "test/fixtures/active-content/content/page.md";

describe("what the site's Content Security Policy would block in production", () => {
  it("is refused on the line that writes it: scripts, event handlers (in HTML or {…} attributes), javascript: links, frames, forms to other sites, styles", async () => {
    const site = await buildFixture("active-content");
    const found = site.findings.filter((finding) => finding.rule === "active-content").map(formatFinding);
    const scriptFix =
      "les pages n’ont pas de code : un script se publie comme fichier dans public/js/, chargé par un gabarit ; une interaction s’écrit avec un composant (accordéon, onglets…)";
    const styleFix = "utilisez les classes du DSFR (fr-…) ou celles de public/css/site.css, par exemple {.fr-mt-4w}";
    assert.deepEqual(found, [
      `${page}:18 erreur : script écrit dans la page : la politique de sécurité du site l’empêche de s’exécuter — ${scriptFix}`,
      `${page}:20 erreur : attribut « onclick » sur <p> : du code dans la page, que la politique de sécurité du site bloque — ${scriptFix}`,
      `${page}:22 erreur : attribut « onmouseover » sur <p> : du code dans la page, que la politique de sécurité du site bloque — ${scriptFix}`,
      `${page}:26 erreur : <iframe> vers https://www.youtube.com/embed/exemple : la politique de sécurité du site n’affiche aucun cadre — mettez un lien vers ce contenu (target=_blank) à la place`,
      `${page}:30 erreur : bloc <style> dans la page : la politique de sécurité du site l’ignore — ${styleFix}`,
      `${page}:32 erreur : attribut « style » sur <span> : la politique de sécurité du site l’ignore — ${styleFix}`,
      `${page}:24 erreur : lien « javascript:void(0) » : du code dans une adresse, que la politique de sécurité du site bloque — un lien mène à une page ou un fichier ; pour une action, utilisez un composant du DSFR`,
      `${page}:28 erreur : formulaire envoyé à https://exemple.fr/envoi : la politique de sécurité du site n’envoie les formulaires qu’au site lui-même — mettez un lien vers le formulaire de l’autre site (target=_blank) à la place`,
    ]);
    assert.equal(site.ok, false);
  });
});
