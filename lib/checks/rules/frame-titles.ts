import { nthLineIn } from "../../shared/source-line.ts";
import { error, type Finding } from "../finding.ts";
import { placed, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Every frame (`<iframe>`: a video, a map of another site) has a title that says what it holds:
 * screen readers announce a frame by its title (RGAA criterion 2.1).
 */
export function checkFrameTitles(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    const frames = page.html?.frames ?? [];
    if (frames.length === 0) continue;
    // Frames are written in the page itself: the n-th <iframe> of the page is the n-th of its source.
    const source = model.source(page.source) ?? "";
    const inSource = (source.match(/<iframe\b/gi) ?? []).length === frames.length;
    for (const [index, { item: frame, place }] of placed(page, frames, (frame) => frame.src).entries()) {
      if (frame.title?.trim()) continue;
      const message = `cadre (iframe) "${frame.src}" sans titre`;
      findings.push(
        inSource
          ? error("frame-title", page.source, message, FIX, nthLineIn(source, /<iframe\b/gi, index + 1))
          : referenceFinding(model, place, "error", "frame-title", message, FIX),
      );
    }
  }
  return findings;
}

const FIX =
  'ajoutez title="…" qui dit ce qu’il montre, par exemple « Vidéo : publier une donnée avec FME » ou « Carte des zones d’accélération »';
