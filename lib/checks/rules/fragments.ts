import { closest } from "../../shared/closest.ts";
import type { Finding } from "../finding.ts";
import { pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Every `#fragment` exists on the page it points to, on the same page or another one (and in the
 * SVG file a `<use href>` draws from). Fragments of other files (`.pdf#page=2`) are left alone.
 */
export function checkFragments(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const item of pageReferences(model)) {
    const { page, target, file } = item;
    if (target.kind !== "internal" || !target.fragment || target.fragment === "top") continue;
    // A pictogram may lack one of the DSFR's three colour layers: drawing it draws nothing, and that is no fault.
    if (item.reference.element === "use" && OPTIONAL_LAYER.test(target.fragment)) continue;
    const ids = file ? model.idsIn(file) : undefined;
    if (!ids || ids.has(target.fragment)) continue;
    const samePage = file === page.outputPath;
    const suggestion = closest(target.fragment, ids);
    findings.push(
      referenceFinding(
        model,
        placeOf(item),
        "error",
        "link-fragment",
        samePage
          ? `ancre "#${target.fragment}" absente de cette page`
          : `ancre "#${target.fragment}" absente de "${target.path}"`,
        suggestion
          ? `vouliez-vous dire "#${suggestion}" ?`
          : "l’ancre d’un intertitre est son texte en minuscules, sans accents, les espaces remplacés par des tirets (ou l’{#id} écrit après lui)",
      ),
    );
  }
  return findings;
}

const OPTIONAL_LAYER = /^artwork-(decorative|minor|major)$/;
