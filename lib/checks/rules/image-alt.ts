import path from "node:path";
import type { Finding } from "../finding.ts";
import { placed, referenceFinding } from "../model/page-references.ts";
import { withoutPrefix } from "../model/reference-source.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Every image says what it shows: a text alternative that is neither empty, nor its file name,
 * nor a word that says nothing (« image », « capture »). An image the editor marks as decorative
 * (`![](…){data-decorative}`, or `role="presentation"` in HTML) has an empty one instead. An image
 * with a caption (in a `<figure>`) too: the caption says what the image illustrates, not what it shows.
 */
export function checkImageAlt(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    for (const { item: image, place } of placed(page, page.html?.images ?? [], (image) => image.src ?? "")) {
      const problem = altProblem(image.alt, place.value, image.decorative, image.inFigure ? DESCRIBE_FIGURE : DESCRIBE);
      if (problem)
        findings.push(
          referenceFinding(
            model,
            place,
            "error",
            "image-alt",
            `${image.inFigure ? "figure" : "image"} "${withoutPrefix(place.value, model.pathPrefix)}" : ${problem.message}`,
            problem.fix,
          ),
        );
    }
  }
  return findings;
}

/** What is wrong with an image's text alternative, if anything. */
export function altProblem(
  alt: string | undefined,
  src: string,
  decorative: boolean,
  describe: string,
): { message: string; fix: string } | undefined {
  const text = alt?.trim() ?? "";
  if (decorative)
    return text
      ? {
          message: `marquée décorative mais avec le texte alternatif "${text}"`,
          fix: "videz le texte alternatif, ou retirez la marque décorative si l’image informe",
        }
      : undefined;
  if (alt === undefined || text === "")
    return { message: alt === undefined ? "sans texte alternatif" : "texte alternatif vide", fix: describe };
  const stem = path.posix.basename(src.split(/[?#]/)[0]!).replace(/\.[^.]+$/, "");
  // « workflow-simple » for workflow-simple.png is a file name; « Plan IGN » or « Ortho-Express » for
  // plan-ign.png or ortho-express.png say what they show.
  if (IMAGE_FILE.test(text) || (SLUG.test(text) && text === stem.toLowerCase()))
    return { message: `le texte alternatif "${text}" est un nom de fichier`, fix: describe };
  if (GENERIC.has(fold(text)))
    return { message: `le texte alternatif "${text}" ne dit pas ce que montre l’image`, fix: describe };
  return undefined;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export const DESCRIBE =
  "décrivez ce que montre l’image entre les crochets : ![Formulaire de connexion de cartes.gouv.fr](…) ; si elle est purement décorative, écrivez ![](…){data-decorative}";
const DESCRIBE_FIGURE =
  'décrivez ce que montre l’image, en plus de sa légende : entre les crochets en Markdown, ![Formulaire de connexion](… "Légende"), ou en deuxième paramètre de {% imageContent "…", "Formulaire de connexion", "Légende" %}';
const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i;
/** Words joined by hyphens or underscores, as file names are written (in lower case: see the comparison). */
const SLUG = /^[\p{L}\d]+(?:[-_][\p{L}\d]+)+$/u;
/** Words that name the medium, not what it shows. */
const GENERIC = new Set(
  [
    "image",
    "images",
    "img",
    "capture",
    "captures",
    "capture d’écran",
    "capture d'écran",
    "capture ecran",
    "copie d’écran",
    "screenshot",
    "photo",
    "photographie",
    "illustration",
    "figure",
    "schéma",
    "visuel",
    "logo",
    "icône",
    "picto",
    "pictogramme",
    "graphique",
    "dessin",
  ].map(fold),
);
