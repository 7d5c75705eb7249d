import { pictogramNames, pictogramSourcesOf, resolvePictogram } from "../../dsfr/pictogram-files.ts";
import { closest } from "../../shared/closest.ts";
import { error, type Finding } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel } from "../model/site-model.ts";

/** Every `pictogram` of a front matter is a pictogram of the installed DSFR or of the site's `public/artwork/pictograms/`. */
export function checkPictograms(model: SiteModel): Finding[] {
  const sources = pictogramSourcesOf(model.publicDir);
  let names: string[] | undefined;
  return model.pages.flatMap((page) => {
    const name = page.data.pictogram;
    if (typeof name !== "string" || resolvePictogram(name, sources)) return [];
    names ??= pictogramNames(sources);
    return [
      unknownPictogram(page.source, name, names, frontMatterLine(model.source(page.source) ?? "", ["pictogram"])),
    ];
  });
}

/** The one message for an unknown pictogram, whether met while rendering a page or reading its front matter. */
export function unknownPictogram(file: string, name: string, names: string[], line?: number): Finding {
  const suggestion = closest(name, names);
  return error(
    "pictogram-unknown",
    file,
    `pictogramme "${name}" inconnu dans le DSFR installé`,
    suggestion
      ? `vouliez-vous dire "${suggestion}" ?`
      : "choisissez un nom « dossier/nom.svg » de node_modules/@gouvfr/dsfr/dist/artwork/pictograms",
    line,
  );
}
