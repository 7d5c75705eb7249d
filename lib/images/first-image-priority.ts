/**
 * The first image of a page's `<main>` is loaded at once and before the others, without waiting
 * to be decoded apart: on a phone it is most often the largest thing the first screen paints
 * (Lighthouse's « Largest Contentful Paint »), and lazy loading would only delay it. Applied to the
 * written page, so that it holds wherever the image came from (Markdown, `imageContent`, a
 * component); an image the editor did not leave lazy is left as it is.
 */
export function prioritizeFirstImage(html: string): string {
  const main = html.indexOf("<main");
  if (main < 0) return html;
  const end = html.indexOf("</main>", main);
  const image = /<img\s[^>]*>/g;
  image.lastIndex = main;
  const found = image.exec(html);
  if (!found || (end >= 0 && found.index > end)) return html;
  const tag = found[0];
  if (!LAZY.test(tag)) return html;
  const eager = tag.replace(LAZY, ' loading="eager" fetchpriority="high"').replace(ASYNC_DECODING, "");
  return html.slice(0, found.index) + eager + html.slice(found.index + tag.length);
}

const LAZY = /\sloading="lazy"/;
const ASYNC_DECODING = /\sdecoding="async"/;
