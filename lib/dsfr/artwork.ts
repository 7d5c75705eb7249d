/**
 * A DSFR pictogram drawn in its three colour layers (https://www.systeme-de-design.gouv.fr/fondamentaux/pictogramme),
 * from the URL of its SVG file: the markup the DSFR documents, written once per pictogram and size.
 */
export function artworkSvg(href: string, size: number): string {
  const url = escapeAttribute(href);
  const layers = ["decorative", "minor", "major"].map(
    (layer) => `  <use class="fr-artwork-${layer}" href="${url}#artwork-${layer}"></use>`,
  );
  return [
    `<svg aria-hidden="true" class="fr-artwork" viewBox="0 0 80 80" width="${size}px" height="${size}px">`,
    ...layers,
    "</svg>",
  ].join("\n");
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/'/g, "&#39;");
}
