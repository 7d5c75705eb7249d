import type { Finding } from "../finding.ts";
import { placed, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Every frame (`<iframe>`: a video, a map of another site) has a title that says what it holds:
 * screen readers announce a frame by its title (RGAA criterion 2.1).
 */
export function checkFrameTitles(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    for (const { item: frame, place } of placed(page, page.html?.frames ?? [], (frame) => frame.src)) {
      if (frame.title?.trim()) continue;
      findings.push(
        referenceFinding(
          model,
          place,
          "error",
          "frame-title",
          `cadre (iframe) "${frame.src}" sans titre`,
          'ajoutez title="…" qui dit ce qu’il montre, par exemple title="Vidéo : publier une donnée avec FME"',
        ),
      );
    }
  }
  return findings;
}
