import { error, type Finding } from "../checks/finding.ts";
import { closest } from "../shared/closest.ts";
import type { LayoutReference } from "./layout-references.ts";

/**
 * The layouts named that do not exist, each reported on the page or data file that names it, with
 * the closest known name and the list of known ones. Eleventy would stop the build at the first;
 * `names` are given a stand-in layout instead, so that every other problem is found in the same run.
 */
export function unknownLayouts(references: LayoutReference[], known: readonly string[]): UnknownLayouts {
  const knownNames = new Set(known);
  const isKnown = (name: string) => knownNames.has(name) || knownNames.has(`${name}.njk`);
  const findings: Finding[] = [];
  const names = new Set<string>();
  for (const reference of references) {
    if (isKnown(reference.name)) continue;
    names.add(reference.name);
    const suggestion =
      closest(reference.name, known) ??
      known.find((name) => name.endsWith(`/${reference.name.replace(/\.njk$/, "")}.njk`));
    findings.push(
      error(
        "layout-unknown",
        reference.file,
        `mise en page "${reference.name}" inconnue`,
        `${suggestion ? `vouliez-vous dire "${suggestion}" ? ` : ""}Mises en page connues : ${known.join(", ")}`,
        reference.line,
      ),
    );
  }
  return { findings, names: [...names] };
}

export interface UnknownLayouts {
  findings: Finding[];
  /** The names to give a stand-in layout. */
  names: string[];
}
