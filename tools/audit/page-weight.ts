/**
 * What a first visit of a page costs: the bytes transferred (headers and compressed bodies), by
 * kind of resource, with the page's content images apart since they are the editor's choice.
 */
export function pageWeight(transfers: Transfer[], contentImagesPrefix: string): PageWeight {
  const byKind: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  let contentImages = 0;
  for (const transfer of transfers) {
    if (new URL(transfer.url).pathname.startsWith(contentImagesPrefix)) contentImages += transfer.bytes;
    else byKind[kindOf(transfer)] += transfer.bytes;
  }
  const total = Object.values(byKind).reduce((sum, bytes) => sum + bytes, 0);
  return { total, byKind, contentImages, requests: transfers.length };
}

/** A table of page weights in kilobytes, heaviest first. */
export function formatWeights(weights: Record<string, PageWeight>): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
  const header = `${"page".padEnd(64)} ${"total".padStart(7)} ${"html".padStart(7)} ${"css".padStart(7)} ${"js".padStart(7)} ${"polices".padStart(7)} ${"images".padStart(7)} ${"autres".padStart(7)}  images du contenu`;
  const rows = Object.entries(weights)
    .sort(([, a], [, b]) => b.total - a.total)
    .map(
      ([page, { total, byKind, contentImages }]) =>
        `${page.padEnd(64)} ${kb(total)} ${kb(byKind.html)} ${kb(byKind.css)} ${kb(byKind.js)} ${kb(byKind.font)} ${kb(byKind.image)} ${kb(byKind.other)}  ${kb(contentImages)}`,
    );
  return [`Poids d’une première visite, en Ko transférés (compressés) :`, header, ...rows].join("\n");
}

function kindOf({ url, resourceType }: Transfer): ResourceKind {
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet") return "css";
  if (resourceType === "script") return "js";
  if (resourceType === "font") return "font";
  if (resourceType === "image" || /\.(svg|png|jpe?g|webp|avif|ico)$/.test(new URL(url).pathname)) return "image";
  return "other";
}

export interface Transfer {
  url: string;
  /** As the browser names it: document, stylesheet, script, font, image, fetch… */
  resourceType: string;
  /** Response headers and body, as transferred. */
  bytes: number;
}

export type ResourceKind = "html" | "css" | "js" | "font" | "image" | "other";

export interface PageWeight {
  /** Everything but the content images. */
  total: number;
  byKind: Record<ResourceKind, number>;
  contentImages: number;
  requests: number;
}
