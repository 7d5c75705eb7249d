/**
 * The parameters of `{% imageContent src, alt[, caption[, cls[, widths[, sizes]]]] %}`, the
 * shortcode of the real cartes.gouv.fr documentation for an image with a caption, read from the
 * call's arguments in that order. As there, the caption defaults to the text alternative (the
 * real pages rely on it: 42 of their 52 calls give no caption); `widths` and `sizes` replace the
 * site's choice of variant widths and `sizes` attribute for this image.
 */
export function imageContentParams(args: readonly unknown[]): ImageContentCall {
  const [src, alt, caption, className, widths, sizes] = args;
  const problems: ImageContentProblem[] = [];
  if (typeof src !== "string" || !src.trim()) {
    problems.push({ message: "adresse de l’image manquante", fix: `écrivez ${EXAMPLE}` });
    return { problems };
  }
  if (args.length > 6)
    problems.push({
      message: `${args.length} paramètres au lieu de 6 au plus`,
      fix: "imageContent prend l’adresse, le texte alternatif, la légende, les classes, les largeurs et l’attribut sizes, dans cet ordre",
    });
  for (const [name, value] of [
    ["texte alternatif", alt],
    ["légende", caption],
    ["classes", className],
    ["sizes", sizes],
  ] as const)
    if (value !== undefined && value !== null && typeof value !== "string")
      problems.push({
        message: `${name} : texte attendu, reçu ${describe(value)}`,
        fix: `écrivez-le entre guillemets : ${EXAMPLE}`,
      });
  const chosenWidths = widthsOf(widths);
  if (chosenWidths === false)
    problems.push({
      message: `largeurs : liste de nombres de pixels attendue, reçu ${describe(widths)}`,
      fix: 'écrivez par exemple [375, 750] (ou "auto" pour la largeur du fichier)',
    });
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return {
    params: {
      src: src.trim(),
      alt: text(alt),
      caption: text(caption)?.trim() || text(alt)?.trim() || "",
      className: text(className)?.trim() || undefined,
      widths: chosenWidths || undefined,
      sizes: text(sizes)?.trim() || undefined,
    },
    problems,
  };
}

/**
 * Widths as eleventy-img reads them: numbers of pixels, `"auto"` (or `null`) for the original's
 * own width (given here as Infinity, which the plan replaces by it); undefined for the site's
 * choice, false when unreadable.
 */
function widthsOf(value: unknown): number[] | undefined | false {
  if (value === undefined || value === null || value === "") return undefined;
  const list = Array.isArray(value) ? value : [value];
  const widths = list.map((width) =>
    width === "auto" || width === null ? Number.POSITIVE_INFINITY : typeof width === "string" ? Number(width) : width,
  );
  return widths.length > 0 &&
    widths.every(
      (width) =>
        typeof width === "number" && width > 0 && (Number.isInteger(width) || width === Number.POSITIVE_INFINITY),
    )
    ? (widths as number[])
    : false;
}

/** A value as an editor wrote it: « le texte "large" », « le nombre 12 ». */
function describe(value: unknown): string {
  if (Array.isArray(value)) return `la liste ${JSON.stringify(value)}`;
  const kind = { string: "le texte", number: "le nombre", boolean: "la valeur" }[typeof value as string] ?? "l’objet";
  return `${kind} ${JSON.stringify(value)}`;
}

const EXAMPLE = '{% imageContent "/img/…/capture.png", "Ce que montre l’image", "Légende" %}';

export interface ImageContentParams {
  src: string;
  alt?: string;
  /** The visible caption: the one given, else the text alternative. */
  caption: string;
  className?: string;
  widths?: number[];
  sizes?: string;
}

export interface ImageContentProblem {
  message: string;
  fix: string;
}

export interface ImageContentCall {
  /** Undefined when the call cannot be drawn at all (no address). */
  params?: ImageContentParams;
  problems: ImageContentProblem[];
}
