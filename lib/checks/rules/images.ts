import path from "node:path";
import { closest } from "../../shared/closest.ts";
import { nthLineIn } from "../../shared/source-line.ts";
import { error, type Finding, warning } from "../finding.ts";
import {
  isIgnored,
  isImageReference,
  type PageReference,
  pageReferences,
  placed,
  placeOf,
  referenceFinding,
} from "../model/page-references.ts";
import { withoutPrefix } from "../model/reference-source.ts";
import type { Dimensions, SiteModel } from "../model/site-model.ts";
import { fileForPath, normalizePrefix, resolveSiteUrl } from "../model/site-url.ts";

/**
 * Every image the site draws exists (`<img src>`, `srcset`, `<use href>`, CSS `url()`), every
 * `<img>` has its width and height written (the page does not jump while it loads), and images
 * within the budget of 1200 px of width and 500 KB are a warning with their figures.
 */
export function checkImages(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  const used = new Set<string>();
  for (const item of pageReferences(model)) {
    const { reference, target, file } = item;
    if (!isImageReference(reference)) continue;
    if (target.kind === "outside-prefix") findings.push(outsidePrefixFinding(model, item));
    if (target.kind !== "internal") continue;
    if (!file) {
      const written = withoutPrefix(reference.value, model.pathPrefix).split("#")[0];
      findings.push(
        referenceFinding(
          model,
          placeOf(item),
          "error",
          "image-missing",
          `${reference.element === "use" ? "dessin" : "image"} "${written}" introuvable`,
          missingFix(model, target.path),
        ),
      );
      // The budget is the editor's originals': the variants of a <picture> are the build's.
    } else if (reference.element === "img") {
      used.add(file);
      if (isUnreadable(model, file))
        findings.push(
          referenceFinding(
            model,
            placeOf(item),
            "error",
            "image-unreadable",
            `fichier image illisible : "${withoutPrefix(reference.value, model.pathPrefix)}" n’est pas une image ${path.posix.extname(file).slice(1).toUpperCase()} que les navigateurs savent afficher`,
            `exportez l’image de nouveau au format de son extension (PNG, JPEG, WebP…) et remplacez ${path.join(model.publicDir, file)}`,
          ),
        );
    }
  }
  findings.push(...stylesheetFindings(model), ...sizeFindings(model), ...budgetFindings(model, used));
  return findings;
}

/** A raster image whose size cannot be read from its bytes: a text file renamed `.png`, a truncated download… */
function isUnreadable(model: SiteModel, file: string): boolean {
  return RASTER.test(file) && model.imageDimensions(file) === undefined;
}

const RASTER = /\.(png|jpe?g|gif|webp|avif|bmp|ico|tiff?)$/i;

function missingFix(model: SiteModel, sitePath: string): string {
  const suggestion = closest(
    sitePath,
    [...model.files].filter((file) => path.posix.extname(file) === path.posix.extname(sitePath)),
  );
  return suggestion
    ? `vouliez-vous dire "${suggestion}" ?`
    : `ajoutez le fichier ${path.join(model.publicDir, sitePath)}, ou corrigez l’adresse`;
}

/**
 * An image the published site looks for outside its path prefix, where it cannot be: the build
 * prefixes the URLs of `<img>` and `<source>` only, not those of `<use>`, `style` and `url()`.
 */
function outsidePrefixFinding(model: SiteModel, item: PageReference): Finding {
  const { reference } = item;
  return referenceFinding(
    model,
    placeOf(item),
    "error",
    "image-missing",
    `${reference.element === "use" ? "dessin" : "image"} "${reference.value}" hors du site, qui est publié sous ${normalizePrefix(model.pathPrefix)}`,
    PREFIXED_ELEMENTS.has(reference.element)
      ? 'écrivez l’adresse depuis la racine du site ("/img/…") : la construction ajoute le préfixe'
      : `la construction n’ajoute pas le préfixe à cette adresse : écrivez {{ '${reference.value}' | url }}`,
  );
}

/** The `url()`s of the site's stylesheets, each on its line of the stylesheet. */
function stylesheetFindings(model: SiteModel): Finding[] {
  return model.stylesheets.flatMap((stylesheet) => {
    const seen = new Map<string, number>();
    return stylesheet.urls.flatMap((url) => {
      const occurrence = (seen.get(url) ?? 0) + 1;
      seen.set(url, occurrence);
      const target = resolveSiteUrl(url, stylesheet.outputPath, model.pathPrefix);
      const text = model.source(stylesheet.source);
      const line = () => (text === undefined ? undefined : nthLineIn(text, url, occurrence));
      // Stylesheets are published as they are: a URL from the site's root misses the path prefix.
      if (target.kind === "outside-prefix")
        return [
          error(
            "image-missing",
            stylesheet.source,
            `fichier "${url}" hors du site, qui est publié sous ${normalizePrefix(model.pathPrefix)} (url() de la feuille de style)`,
            `écrivez l’adresse relative à la feuille de style : "${path.posix.relative(path.posix.dirname(stylesheet.outputPath), target.path)}"`,
            line(),
          ),
        ];
      if (target.kind !== "internal" || isIgnored(model, target.path) || fileForPath(target.path, model.files))
        return [];
      return [
        error(
          "image-missing",
          stylesheet.source,
          `fichier "${url}" introuvable (url() de la feuille de style)`,
          missingFix(model, target.path),
          line(),
        ),
      ];
    });
  });
}

function sizeFindings(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    for (const { item: image, place } of placed(page, page.html?.images ?? [], (image) => image.src ?? "")) {
      if (isDimension(image.width) && isDimension(image.height)) continue;
      const target = resolveSiteUrl(place.value, page.url, model.pathPrefix);
      const file = target.kind === "internal" ? fileForPath(target.path, model.files) : undefined;
      if (target.kind === "internal" && !file) continue; // already reported as missing
      if (file && isUnreadable(model, file)) continue; // already reported as unreadable: no size to write
      const size = file ? model.imageDimensions(file) : undefined;
      const fix = size
        ? `ajoutez width="${size.width}" height="${size.height}" (ou écrivez l’image en Markdown : ses dimensions sont ajoutées à la construction)`
        : "ajoutez width et height, en pixels, à la balise <img>";
      findings.push(
        referenceFinding(
          model,
          place,
          "error",
          "image-dimensions",
          `image "${withoutPrefix(place.value, model.pathPrefix)}" sans largeur ni hauteur`,
          fix,
        ),
      );
    }
  }
  return findings;
}

/** Images over budget, said once each, against their file in `public/`. */
function budgetFindings(model: SiteModel, used: Set<string>): Finding[] {
  const declared = declaredWidths(model);
  const findings: Finding[] = [];
  for (const file of used) {
    const bytes = model.fileBytes(file) ?? 0;
    // The size the build wrote into the page is the file's own (unless an editor set another), so
    // the file is opened only without it: a site has thousands of images.
    const size = declared.get(file) ?? model.imageDimensions(file);
    const tooWide = !file.endsWith(".svg") && (size?.width ?? 0) > BUDGET.width;
    const tooHeavy = bytes > BUDGET.bytes;
    if (!tooWide && !tooHeavy) continue;
    const figures = `${size ? `${size.width} × ${size.height} px et ` : ""}${Math.ceil(bytes / 1024)} Ko`;
    const excess = [
      tooWide && `plus large que ${BUDGET.width} px`,
      tooHeavy && `plus lourde que ${BUDGET.bytes / 1024} Ko`,
    ]
      .filter(Boolean)
      .join(" et ");
    const fix = [
      tooWide && `réduisez-la à ${BUDGET.width} px de large`,
      tooHeavy && "compressez-la (PNG optimisé, JPEG ou WebP)",
    ]
      .filter(Boolean)
      .join(" et ");
    findings.push(warning("image-budget", path.join(model.publicDir, file), `image de ${figures} : ${excess}`, fix));
  }
  return findings;
}

/** The width and height written on the site's `<img>`, by image file. */
function declaredWidths(model: SiteModel): Map<string, Dimensions> {
  const declared = new Map<string, Dimensions>();
  for (const page of model.pages) {
    for (const image of page.html?.images ?? []) {
      if (!image.src || !isDimension(image.width) || !isDimension(image.height)) continue;
      const target = resolveSiteUrl(image.src, page.url, model.pathPrefix);
      const file = target.kind === "internal" ? fileForPath(target.path, model.files) : undefined;
      if (file && !declared.has(file)) declared.set(file, { width: Number(image.width), height: Number(image.height) });
    }
  }
  return declared;
}

function isDimension(value: string | undefined): boolean {
  return value !== undefined && /^\d+(\.\d+)?$/.test(value.trim());
}

const BUDGET = { width: 1200, bytes: 500 * 1024 };
/** The image elements whose URLs Eleventy's HtmlBasePlugin prefixes. */
const PREFIXED_ELEMENTS = new Set(["img", "source"]);
