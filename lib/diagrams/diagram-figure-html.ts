import { codeBlockHtml } from "../code/code-block-html.ts";
import { escapeAttribute, escapeHtml } from "../shared/escape-html.ts";

/**
 * A drawn diagram in the page: a DSFR content-media figure, the SVG inline (its styles are
 * presentation attributes, which the CSP allows), named by its caption, the header's title (or,
 * without one, by Mermaid's `<title>` from `accTitle`). Its Mermaid source follows in a
 * `<details>`: the text alternative of a picture made of boxes and arrows.
 */
export function diagramFigureHtml(diagram: DrawnDiagram): string {
  const captionId = `${diagram.id}-legende`;
  // One picture with one name, rather than Mermaid's "graphics-document" of loose labels.
  let svg = diagram.svg.replace(/^<svg\b([^>]*?)\srole="[^"]*"/, "<svg$1");
  svg = svg.replace(/^<svg\b([^>]*?)\saria-roledescription="[^"]*"/, "<svg$1");
  svg = diagram.title
    ? svg
        .replace(/^<svg\b([^>]*?)\saria-labelledby="[^"]*"/, "<svg$1")
        .replace(/^<svg\b/, `<svg role="img" aria-labelledby="${captionId}"`)
    : svg.replace(/^<svg\b/, `<svg role="img"`);
  const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  // Wider than this, shrunk to the column its text would be too small to read: the canvas scrolls,
  // and a canvas that scrolls must be reachable with the keyboard (axe: scrollable-region-focusable).
  const canvas =
    width > WIDEST_SHRINKABLE
      ? `<div class="frx-diagram__canvas frx-diagram__canvas--scroll" tabindex="0" role="group" aria-label="${escapeAttribute(diagram.title ?? diagram.accessibleTitle ?? "Diagramme")}" data-pagefind-ignore>`
      : `<div class="frx-diagram__canvas" data-pagefind-ignore>`;
  const caption = diagram.title
    ? `<figcaption class="fr-content-media__caption" id="${captionId}">${escapeHtml(diagram.title)}</figcaption>`
    : "";
  // The details follow the figure: a figure's caption must be its first or last child.
  return (
    `<div class="frx-diagram" id="${diagram.id}"><figure class="fr-content-media">${canvas}${svg}</div>${caption}</figure>` +
    `<details class="frx-diagram__source" data-pagefind-ignore><summary>Texte du diagramme (Mermaid)</summary>` +
    `${codeBlockHtml({ html: escapeHtml(diagram.source.replace(/\n$/, "")) })}</details></div>\n`
  );
}

const WIDEST_SHRINKABLE = 1000;

export interface DrawnDiagram {
  /** The figure's id, unique in the page. */
  id: string;
  svg: string;
  /** The diagram as the editor wrote it. */
  source: string;
  title?: string;
  accessibleTitle?: string;
}
