/**
 * A DSFR pictogram drawn in its three colour layers (https://www.systeme-de-design.gouv.fr/fondamentaux/pictogramme),
 * from the URL of its SVG file: the markup the DSFR documents, written once per pictogram and size.
 * A pictogram of the site's own may lack a layer: only those it has are drawn.
 */
export function artworkSvg(href: string, size: number, layers: readonly string[] = ARTWORK_LAYERS): string {
  const url = escapeAttribute(href);
  const uses = layers.map((layer) => `  <use class="fr-artwork-${layer}" href="${url}#artwork-${layer}"></use>`);
  return [
    `<svg aria-hidden="true" class="fr-artwork" viewBox="0 0 80 80" width="${size}px" height="${size}px">`,
    ...uses,
    "</svg>",
  ].join("\n");
}

/** The layers of a pictogram drawn from its SVG's symbols (`<symbol id="artwork-minor">`). */
export function artworkLayersIn(svg: string): string[] {
  return ARTWORK_LAYERS.filter((layer) => new RegExp(`\\sid=["']artwork-${layer}["']`).test(svg));
}

export const ARTWORK_LAYERS = ["decorative", "minor", "major"] as const;

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/'/g, "&#39;");
}
