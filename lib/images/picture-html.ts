import type { ResponsiveImage } from "./responsive-image.ts";

/**
 * A content image's markup: a `<picture>` with its AVIF and WebP sources when the site publishes
 * variants of it, else the `<img>` alone. The `<img>` keeps the original's URL and size (its aspect
 * ratio reserves the room before a byte arrives) and is lazy: the page's first content image is made
 * eager afterwards (first-image-priority.ts), wherever it was written.
 */
export function pictureHtml(image: ResponsiveImage | undefined, attributes: ImageAttributes): string {
  const extra = (attributes.extra ?? []).filter(([name]) => !["src", "alt", "class"].includes(name));
  // An editor who sizes the image sizes it whole: half of our size with half of theirs would distort it.
  const size = extra.some(([name]) => name === "width" || name === "height") ? undefined : (image ?? attributes.size);
  // The editor's own attributes win (`loading="eager"`…), in place.
  const img = tag("img", [
    ["src", attributes.src],
    ["alt", attributes.alt],
    ["class", attributes.className || undefined],
    ["width", size && String(size.width)],
    ["height", size && String(size.height)],
    ["loading", "lazy"],
    ["decoding", "async"],
    ...extra,
  ]);
  if (!image) return img;
  const sources = image.sources.map((source) =>
    tag("source", [
      ["type", source.type],
      ["srcset", source.srcset],
      ["sizes", image.sizes],
    ]),
  );
  return `<picture>${sources.join("")}${img}</picture>`;
}

/**
 * The DSFR's figure around an image and its caption
 * (https://www.systeme-de-design.gouv.fr/version-courante/fr/composants/contenu-medias), named by its
 * caption as RGAA 1.9 asks of an image with a caption. Without the DSFR's `role="group"`: the HTML
 * standard forbids a role on a figure that has a figcaption (the Nu Html Checker refuses it), and
 * the figure's own role is the « figure » RGAA 1.9 also accepts.
 */
export function figureHtml(picture: string, caption: string): string {
  const text = escapeHtml(caption);
  return `<figure class="fr-content-media" aria-label="${text}">${picture}<figcaption class="fr-content-media__caption">${text}</figcaption></figure>`;
}

/**
 * The classes of an image inside a figure: `fr-responsive-img` gives way to `frx-figure__img`, since
 * the DSFR crops images of `.fr-content-media` with that class to 16:9 and enlarges small ones.
 */
export function figureImageClasses(className: string | undefined): string {
  const classes = (className ?? "").split(/\s+/).filter((name) => name && name !== "fr-responsive-img");
  return ["frx-figure__img", ...classes].join(" ");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An element's opening tag; a later attribute of the same name replaces an earlier one where it stood. */
function tag(name: string, attributes: [string, string | undefined][]): string {
  const values = new Map<string, string>();
  for (const [attribute, value] of attributes) if (value !== undefined) values.set(attribute, value);
  const written = [...values].map(([attribute, value]) =>
    value === "" && attribute !== "alt" ? ` ${attribute}` : ` ${attribute}="${escapeHtml(value)}"`,
  );
  return `<${name}${written.join("")}>`;
}

export interface ImageAttributes {
  src: string;
  /** Left out when the editor gave none: the checks then ask for one. */
  alt?: string;
  className?: string;
  /** The size of an image the site publishes as it is (SVG, GIF), when known. */
  size?: { width: number; height: number };
  /** The editor's other attributes (`title`, `id`, `data-decorative`…), in their order. */
  extra?: [string, string][];
}
