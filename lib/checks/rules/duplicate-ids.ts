import { escapeRegExp } from "../../shared/source-line.ts";
import { error, type Finding } from "../finding.ts";
import { locateText } from "../model/reference-source.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * An id is given once in a page: a link to `#id` goes to the first element that has it, and
 * assistive technologies tie labels to the wrong element. Ids the build generates (headings,
 * components) never repeat one; an id an editor writes twice, or one the layout already uses
 * (`contenu`, `recherche`, `pied-de-page`), is an error on the line that writes it.
 */
export function checkDuplicateIds(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    const seen = new Map<string, number>();
    for (const id of page.html?.duplicateIds ?? []) {
      const occurrence = (seen.get(id) ?? 0) + 1;
      seen.set(id, occurrence);
      const written = new RegExp(`(?:\\{[^}\\n]*#|\\bid\\s*[=:]\\s*["']?)${escapeRegExp(id)}(?![\\w-])`, "g");
      // The page's own repetition: after the first one of the page, or the first if the layout has the other.
      const { file, line } = locateText(model, page, written, occurrence + 1);
      findings.push(
        error(
          "id-duplicate",
          file,
          `identifiant « ${id} » donné deux fois dans la page ${page.url}`,
          `donnez-lui un autre nom, unique dans la page (par exemple « ${id}-${occurrence + 1} »)`,
          line,
        ),
      );
    }
  }
  return findings;
}
