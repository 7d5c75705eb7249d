import type { Finding } from "../finding.ts";
import { placed, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * A link that opens a new window protects the page it leaves (`rel="noopener"` or `noreferrer`)
 * and says so in its title, the DSFR way: « … - ouvre une nouvelle fenêtre ».
 */
export function checkNewWindowLinks(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    for (const { item: link, place } of placed(page, page.html?.newWindowLinks ?? [], (link) => link.href)) {
      const rel = (link.rel ?? "").toLowerCase().split(/\s+/);
      const withoutRel = !rel.includes("noopener") && !rel.includes("noreferrer");
      const withoutTitle = !/nouvelle fen[êe]tre/i.test(link.title ?? "");
      if (!withoutRel && !withoutTitle) continue;
      const lacks = [withoutRel && 'rel="noopener"', withoutTitle && "titre qui l’annonce"].filter(Boolean);
      const additions = [
        withoutRel && 'rel="noopener"',
        withoutTitle && `title="${link.text} - ouvre une nouvelle fenêtre"`,
      ].filter(Boolean);
      findings.push(
        referenceFinding(
          model,
          place,
          "error",
          "link-new-window",
          `le lien "${link.text}" ouvre une nouvelle fenêtre sans ${lacks.join(" ni ")}`,
          `ajoutez ${additions.join(" ")}`,
        ),
      );
    }
  }
  return findings;
}
