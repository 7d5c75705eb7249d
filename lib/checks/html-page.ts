import { cssUrls } from "./css-urls.ts";

/**
 * Reads, in one pass over a built page, what the checks need: the ids it defines, every URL it
 * points to (links, images, `<use href>`, inline CSS `url()`…), its images and the links that open
 * a new window. A tokenizer rather than a DOM: the checks read every page of the site after each
 * build, so this must stay a small fraction of the build time.
 */
export function parseHtmlPage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), references: [], images: [], newWindowLinks: [] };
  // Reused for every tag: a site has a million of them, most of which the checks step over.
  const scan: TagScan = { end: 0, marked: false };
  for (let at = html.indexOf("<"); at >= 0; ) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      at = close < 0 ? -1 : html.indexOf("<", close + 3);
      continue;
    }
    let nameEnd = at + 1;
    let capitals = false;
    for (let code = html.charCodeAt(nameEnd); nameEnd < html.length && isNameChar(code); code = html.charCodeAt(++nameEnd)) capitals ||= code >= 65 && code <= 90;
    if (nameEnd === at + 1 || !isLetter(html.charCodeAt(at + 1)) || !scanTag(html, nameEnd, scan)) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    const end = scan.end;
    const name = knownElement(html, at + 1, nameEnd, capitals);
    let next = end;
    if (name === "script" || name === "style") {
      const close = html.indexOf(`</${name}`, end);
      if (name === "style") for (const url of cssUrls(html.slice(end, close < 0 ? undefined : close))) page.references.push({ element: "style", attribute: "url()", value: url });
      if (close >= 0) next = close;
    }
    // Most tags (div, li, span…) carry nothing the checks read: neither a known name nor an id or style.
    if (name || scan.marked) {
      const element = name ?? html.slice(at + 1, nameEnd).toLowerCase();
      const attributes = readAttributes(html, nameEnd, end - 1, WANTED_ATTRIBUTES[element] ?? COMMON_ATTRIBUTES);
      if (attributes) collect(page, element, attributes, html, end);
    }
    at = html.indexOf("<", next);
  }
  return page;
}

function collect(page: ParsedPage, name: string, attributes: Record<string, string>, html: string, end: number): void {
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
    page.newWindowLinks.push({ href: attributes.href ?? "", rel: attributes.rel, title: attributes.title, text: textUntilClose(html, end, name) || attributes.title || attributes.href || "" });
  }
}

/** The attributes the checks read between `from` and the tag's `>` at `to`, values decoded; undefined when it has none of them. */
function readAttributes(html: string, from: number, to: number, wanted: string[]): Record<string, string> | undefined {
  let attributes: Record<string, string> | undefined;
  for (let at = from; at < to; ) {
    const code = html.charCodeAt(at);
    if (isSpace(code) || code === SLASH) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < to && !isNameEnd(html.charCodeAt(at)) && html.charCodeAt(at) !== EQUALS) at++;
    const attribute = wantedName(html, nameStart, at, wanted);
    while (at < to && isSpace(html.charCodeAt(at))) at++;
    let [valueStart, valueEnd] = [at, at];
    if (html.charCodeAt(at) === EQUALS) {
      at++;
      while (at < to && isSpace(html.charCodeAt(at))) at++;
      const quote = html.charCodeAt(at);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = html.indexOf(html[at], at + 1);
        [valueStart, valueEnd, at] = [at + 1, close, close + 1];
      } else {
        valueStart = at;
        while (at < to && !isSpace(html.charCodeAt(at))) at++;
        valueEnd = at;
      }
    }
    if (attribute && !(attributes && attribute in attributes)) (attributes ??= {})[attribute] = decodeEntities(html.slice(valueStart, valueEnd));
  }
  return attributes;
}

/**
 * Finds where a tag ends (just after its `>`; quoted values may hold `>`) and whether it has an
 * `id` or `style` attribute, reading only what is outside quotes. False when the tag never ends.
 */
function scanTag(html: string, from: number, scan: TagScan): boolean {
  scan.marked = false;
  for (let at = from; at < html.length; at++) {
    const code = html.charCodeAt(at);
    if (code === GREATER_THAN) {
      scan.end = at + 1;
      return true;
    }
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      at = html.indexOf(html[at], at + 1);
      if (at < 0) return false;
    } else if (code === EQUALS && !scan.marked) scan.marked = isMarkName(html, at);
  }
  return false;
}

/** Whether the attribute name before the `=` at `equals` is `id` or `style`, in any case. */
function isMarkName(html: string, equals: number): boolean {
  let end = equals;
  while (isSpace(html.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(html.charCodeAt(start - 1))) start--;
  const length = end - start;
  return (length === 2 || length === 5) && /^(?:id|style)$/i.test(html.slice(start, end));
}

/** The name of an element whose attributes the checks read, compared in place; undefined for the others. */
function knownElement(html: string, start: number, end: number, capitals: boolean): string | undefined {
  if (capitals) return ELEMENTS_BY_LENGTH[end - start]?.find((name) => name === html.slice(start, end).toLowerCase());
  for (const name of ELEMENTS_BY_LENGTH[end - start] ?? []) if (html.startsWith(name, start)) return name;
  return undefined;
}

/** The attribute name written at `start`, if the checks read it (compared in place: most names are skipped). */
function wantedName(html: string, start: number, end: number, wanted: string[]): string | undefined {
  for (const name of wanted) if (name.length === end - start && html.startsWith(name, start)) return name;
  // Written in capitals (raw HTML in Markdown): compare it lowercased.
  const written = html.slice(start, end);
  if (written === written.toLowerCase()) return undefined;
  const lower = written.toLowerCase();
  return wanted.find((name) => name === lower);
}

interface TagScan {
  /** Index just after the tag's `>`. */
  end: number;
  /** The tag has an `id` or `style` attribute. */
  marked: boolean;
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 58) || code === 45 || code === 95;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
const isNameEnd = (code: number) => isSpace(code) || code === GREATER_THAN || code === SLASH;
const [GREATER_THAN, SLASH, EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE] = [62, 47, 61, 34, 39];


function decodeEntities(text: string): string {
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

/** …and those that say more about a link, an image or a redirect. */
const EXTRA_ATTRIBUTES: Record<string, string[]> = {
  a: ["name", "target", "rel", "title"],
  area: ["target", "rel", "title"],
  img: ["alt", "width", "height", "data-decorative", "role"],
  meta: ["http-equiv"],
};

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

/** Every element's attributes that the checks read: its id and inline style, then those holding a URL… */
const COMMON_ATTRIBUTES = ["id", "style"];
const WANTED_ATTRIBUTES: Record<string, string[] | undefined> = Object.fromEntries(
  Object.entries(URL_ATTRIBUTES).map(([element, names]) => [element, [...COMMON_ATTRIBUTES, ...(names ?? []), ...(EXTRA_ATTRIBUTES[element] ?? [])]]),
);

const ELEMENTS_BY_LENGTH: string[][] = [];
// With `style`, whose content holds `url()`s.
for (const name of [...Object.keys(WANTED_ATTRIBUTES), "style"]) (ELEMENTS_BY_LENGTH[name.length] ??= []).push(name);

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
