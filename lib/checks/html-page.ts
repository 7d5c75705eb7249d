import { cssUrls } from "./css-urls.ts";

/**
 * Reads, in one pass over a built page, what the checks need: the ids it defines, every URL it
 * points to (links, images, `<use href>`, inline CSS `url()`…), its images and the links that open
 * a new window. A tokenizer rather than a DOM: the checks read every page of the site after each
 * build, so this must stay a small fraction of the build time.
 */
export function parseHtmlPage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), references: [], images: [], newWindowLinks: [] };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const rawAttributes = match[2] ?? "";
    if (name === "script" || name === "style") {
      const end = html.indexOf(`</${name}`, TAG.lastIndex);
      if (name === "style") for (const url of cssUrls(html.slice(TAG.lastIndex, end < 0 ? undefined : end))) page.references.push({ element: "style", attribute: "url()", value: url });
      if (end >= 0) TAG.lastIndex = end;
    }
    if (!URL_ATTRIBUTES[name] && !/\s(?:id|name|style)\s*=/i.test(rawAttributes)) continue;
    const attributes = parseAttributes(rawAttributes);
    if (attributes.id) page.ids.add(attributes.id);
    if (name === "a" && attributes.name) page.ids.add(attributes.name);
    if (attributes.style?.includes("url(")) for (const url of cssUrls(attributes.style)) page.references.push({ element: name, attribute: "style", value: url });
    for (const attribute of URL_ATTRIBUTES[name] ?? []) {
      const value = attributes[attribute];
      if (value === undefined) continue;
      if (attribute === "srcset") for (const url of srcsetUrls(value)) page.references.push({ element: name, attribute, value: url });
      else if (attribute === "content") {
        const refresh = attributes["http-equiv"]?.toLowerCase() === "refresh" ? /url\s*=\s*['"]?([^'"]+)/i.exec(value)?.[1] : undefined;
        if (refresh) page.references.push({ element: name, attribute, value: refresh.trim() });
      } else page.references.push({ element: name, attribute, value });
    }
    if (name === "img") page.images.push(imageOf(attributes));
    if ((name === "a" || name === "area") && attributes.target?.toLowerCase() === "_blank") {
      page.newWindowLinks.push({ href: attributes.href ?? "", rel: attributes.rel, title: attributes.title, text: textUntilClose(html, TAG.lastIndex, name) || attributes.title || attributes.href || "" });
    }
  }
  return page;
}

/** Attribute values with HTML character references decoded (`&amp;` → `&`). */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    const name = match[1].toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/** The URLs of a `srcset` (candidates are separated by commas; each may end with a width or density). */
function srcsetUrls(srcset: string): string[] {
  return srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
}

function imageOf(attributes: Record<string, string>): HtmlImage {
  const role = attributes.role?.toLowerCase();
  return {
    src: attributes.src,
    alt: attributes.alt,
    width: attributes.width,
    height: attributes.height,
    decorative: "data-decorative" in attributes || role === "presentation" || role === "none",
  };
}

/** The visible text of an element, up to its closing tag (links are short: the search is bounded). */
function textUntilClose(html: string, from: number, name: string): string {
  const end = html.indexOf(`</${name}>`, from);
  if (end < 0 || end - from > 2000) return "";
  return decodeEntities(html.slice(from, end).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}

/** A comment, or a start tag with its attributes (quoted values may contain `>`). */
const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[] | undefined> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
  script: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  meta: ["content"],
};

const NAMED_ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

export interface ParsedPage {
  /** Every `id` (and `<a name>`) of the page: the fragments other links may point to. */
  ids: Set<string>;
  references: HtmlReference[];
  images: HtmlImage[];
  /** Links with `target="_blank"`. */
  newWindowLinks: NewWindowLink[];
}

export interface HtmlReference {
  /** Element the URL was written on (`a`, `img`, `use`…), or `style` for a `<style>` block. */
  element: string;
  /** `href`, `src`, `srcset`, `style` (inline CSS), `url()` (a `<style>` block), `content` (meta refresh)… */
  attribute: string;
  /** The URL, as written in the HTML (character references decoded). */
  value: string;
}

export interface HtmlImage {
  src?: string;
  alt?: string;
  width?: string;
  height?: string;
  /** Marked as decorative by the editor: `data-decorative`, or `role="presentation"`. */
  decorative: boolean;
}

export interface NewWindowLink {
  href: string;
  rel?: string;
  title?: string;
  /** The link's visible text, to suggest a title. */
  text: string;
}
