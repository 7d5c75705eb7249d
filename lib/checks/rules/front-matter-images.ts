import path from "node:path";
import { closest } from "../../shared/closest.ts";
import { error, type Finding } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";
import { fileForPath, resolveSiteUrl } from "../model/site-url.ts";
import { altProblem, DESCRIBE } from "./image-alt.ts";

/**
 * The `image` of a front matter, shown on the cards and tiles that lead to the page: its file
 * exists and its text alternative says what it shows. Each problem points to its field.
 */
export function checkFrontMatterImages(model: SiteModel): Finding[] {
  return model.pages.flatMap((page) => {
    const image = frontMatterImage(page);
    if (!image) return [];
    const text = model.source(page.source) ?? "";
    const findings: Finding[] = [];
    const file = frontMatterImageFile(model, image.src);
    if (file === undefined)
      findings.push(
        error(
          "image-missing",
          page.source,
          `en-tête : image "${image.src}" introuvable`,
          missingFix(model, image.src),
          frontMatterLine(text, ["image", "src"]),
        ),
      );
    const problem = altProblem(image.alt, image.src, false, DESCRIBE);
    if (problem)
      findings.push(
        error(
          "image-alt",
          page.source,
          `en-tête : image "${image.src}" : ${problem.message}`,
          "décrivez ce que montre l’image dans « image.alt »",
          frontMatterLine(text, ["image", "alt"]),
        ),
      );
    return findings;
  });
}

/** A page's `image: { src, alt }`, when it has one. */
export function frontMatterImage(page: SitePage): { src: string; alt?: string } | undefined {
  const image = page.data.image as { src?: unknown; alt?: unknown } | null | undefined;
  if (typeof image?.src !== "string") return undefined;
  return { src: image.src, alt: typeof image.alt === "string" ? image.alt : undefined };
}

/**
 * The site file a front matter image names (`/img/…`, from the site's root, without the path
 * prefix the layouts add), if the site has it; false for an image of another site.
 */
export function frontMatterImageFile(model: SiteModel, src: string): string | undefined | false {
  const target = resolveSiteUrl(src, "/", "/");
  return target.kind === "internal" ? fileForPath(target.path, model.files) : false;
}

function missingFix(model: SiteModel, src: string): string {
  const suggestion = closest(
    src,
    [...model.files].filter((file) => path.posix.extname(file) === path.posix.extname(src)),
  );
  return suggestion
    ? `vouliez-vous dire "${suggestion}" ?`
    : `ajoutez le fichier ${path.join(model.publicDir, src)}, ou corrigez « image.src »`;
}
