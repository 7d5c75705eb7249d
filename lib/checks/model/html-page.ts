import { cssUrls } from "./css-urls.ts";
import { decodeEntities, isLetter, isNameChar, nameIn, readAttributes, scanTag, type TagScan } from "./html-tag.ts";
import type { KeptStrings } from "./kept-strings.ts";
import { type ReadState, SiteReading } from "./site-reading.ts";

/**
 * Reads, in one pass over a built page, what the checks need: the ids it defines, every URL it
 * points to (links, images, `<use href>`, inline CSS `url()`…), its images and the links that open
 * a new window. A tokenizer rather than a DOM: the checks read every page of the site after each
 * build, so this must stay a small fraction of the build time. What it keeps of the page is kept
 * apart from the page's text, and the header and footer that pages repeat are read once for all
 * the pages read with the same `reading` (lib/checks/model/site-reading.ts).
 */
export function parseHtmlPage(html: string, reading = new SiteReading()): ParsedPage {
  const state = newState();
  readTags(html, html.indexOf("<"), html.length, state, reading, true);
  return state.page;
}

/**
 * Reads the tags from `from` up to `to`, into `state`. Returns how far the reading went: past `to`
 * when a tag that starts before it ends after it, or a `<script>` or `<style>` runs over it.
 */
function readTags(
  html: string,
  from: number,
  to: number,
  state: ReadState,
  reading: SiteReading,
  regions: boolean,
): number {
  const { page } = state;
  const { strings } = reading;
  // Reused for every tag: a site has a million of them, most of which the checks step over.
  const scan: TagScan = { end: 0, marked: false };
  let reached = from;
  for (let at = from; at >= 0 && at < to; ) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      reached = close < 0 ? html.length : close + 3;
      at = close < 0 ? -1 : html.indexOf("<", close + 3);
      continue;
    }
    let nameEnd = at + 1;
    let capitals = false;
    for (
      let code = html.charCodeAt(nameEnd);
      nameEnd < html.length && isNameChar(code);
      code = html.charCodeAt(++nameEnd)
    )
      capitals ||= code >= 65 && code <= 90;
    if (nameEnd === at + 1 || !isLetter(html.charCodeAt(at + 1)) || !scanTag(html, nameEnd, scan)) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    const end = scan.end;
    const name = nameIn(html, at + 1, nameEnd, capitals, ELEMENTS_BY_LENGTH);
    // The header and the footer, outside a figure: read from the site's reading when pages repeat them.
    if (regions && (name === "header" || name === "footer") && at >= state.figureEnd) {
      const after = readRegion(html, at, name, state, reading);
      if (after >= 0) {
        reached = after;
        at = html.indexOf("<", after);
        continue;
      }
    }
    let next = end;
    if (scan.handler)
      page.activeContent.push({
        kind: "handler",
        element: strings.keep(html.slice(at + 1, nameEnd).toLowerCase()),
        attribute: scan.handler,
      });
    if (name === "style") page.activeContent.push({ kind: "style-element", element: name });
    if (name === "script" || name === "style") {
      const close = html.indexOf(`</${name}`, end);
      if (name === "style")
        for (const url of cssUrls(html.slice(end, close < 0 ? undefined : close)))
          page.references.push({ element: "style", attribute: "url()", value: strings.keep(url) });
      if (close >= 0) next = close;
    }
    if (name === "figure" && at > state.figureEnd) state.figureEnd = html.indexOf("</figure", end);
    // Most tags (div, li, span…) carry nothing the checks read: neither a known name nor an id or style.
    if (name || scan.marked) {
      const element = name ?? strings.keep(html.slice(at + 1, nameEnd).toLowerCase());
      const attributes = readAttributes(
        html,
        nameEnd,
        end - 1,
        WANTED_ATTRIBUTES[element] ?? COMMON_ATTRIBUTES,
        strings,
      );
      if (attributes) collect(state, element, attributes, html, end, at < state.figureEnd, strings);
      // Code written in the page: a strict CSP runs none (a JSON data block is not code).
      if (name === "script" && attributes?.src === undefined && isCode(attributes?.type))
        page.activeContent.push({ kind: "inline-script", element: name });
    }
    reached = Math.max(reached, next);
    at = html.indexOf("<", next);
  }
  return reached;
}

/**
 * The page's `<header>` (up to its `</header>`) or its `<footer>` (to the end of the page) starting
 * at `at`, added to `state` from what an earlier page with the same text gave, or read now. Returns
 * where the region ends, or -1 when it cannot be read apart from the page (a tag or a script runs
 * over its end): the page is then read as it comes.
 */
function readRegion(html: string, at: number, name: string, state: ReadState, reading: SiteReading): number {
  const close = name === "footer" ? html.length : html.indexOf("</header>", at);
  if (close < 0) return -1;
  const end = name === "footer" ? close : close + "</header>".length;
  const text = html.slice(at, end);
  let region = reading.regions.get(text);
  if (region === undefined) {
    const regionState = newState([]);
    const reached = readTags(html, at, end, regionState, reading, false);
    region = reached <= end && regionState.figureEnd < end ? regionState : null;
    reading.regions.set(reading.strings.keep(text), region);
  }
  if (!region) return -1;
  const { page } = state;
  // The region's ids, in their order, against the page's: an id of the footer that the content has
  // already is a duplicate of this page, not of the footer.
  for (const { id, checked } of region.idLog!) addId(state, id, checked);
  page.activeContent.push(...region.page.activeContent);
  page.references.push(...region.page.references);
  page.images.push(...region.page.images);
  page.newWindowLinks.push(...region.page.newWindowLinks);
  page.frames.push(...region.page.frames);
  return end;
}

function addId(state: ReadState, id: string, checked: boolean): void {
  const { page } = state;
  if (checked && page.ids.has(id)) page.duplicateIds.push(id);
  else page.ids.add(id);
  state.idLog?.push({ id, checked });
}

function newState(idLog?: { id: string; checked: boolean }[]): ReadState {
  return {
    page: {
      ids: new Set(),
      duplicateIds: [],
      activeContent: [],
      references: [],
      images: [],
      newWindowLinks: [],
      frames: [],
    },
    figureEnd: -1,
    idLog,
  };
}

function collect(
  state: ReadState,
  name: string,
  attributes: Record<string, string>,
  html: string,
  end: number,
  inFigure: boolean,
  strings: KeptStrings,
): void {
  const { page } = state;
  if (attributes.id) addId(state, attributes.id, true);
  if (attributes.style !== undefined) page.activeContent.push({ kind: "style-attribute", element: name });
  if (FRAMES.has(name))
    page.activeContent.push({ kind: "frame", element: name, value: attributes.src ?? attributes.data ?? "" });
  if (name === "a" && attributes.name) addId(state, attributes.name, false);
  if (attributes.style?.includes("url("))
    for (const url of cssUrls(attributes.style))
      page.references.push({ element: name, attribute: "style", value: url });
  for (const attribute of URL_ATTRIBUTES[name] ?? []) {
    const value = attributes[attribute];
    if (value === undefined) continue;
    if (attribute === "srcset")
      for (const url of srcsetUrls(value)) page.references.push({ element: name, attribute, value: url });
    else if (attribute === "content") {
      const refresh =
        attributes["http-equiv"]?.toLowerCase() === "refresh" ? /url\s*=\s*['"]?([^'"]+)/i.exec(value)?.[1] : undefined;
      if (refresh) page.references.push({ element: name, attribute, value: refresh.trim() });
    } else page.references.push({ element: name, attribute, value });
  }
  if (name === "img") page.images.push(imageOf(attributes, inFigure));
  if (name === "iframe") page.frames.push({ src: attributes.src ?? "", title: attributes.title });
  if ((name === "a" || name === "area") && attributes.target?.toLowerCase() === "_blank") {
    page.newWindowLinks.push({
      href: attributes.href ?? "",
      rel: attributes.rel,
      title: attributes.title,
      text: strings.keep(textUntilClose(html, end, name)) || attributes.title || attributes.href || "",
    });
  }
}

function isCode(type: string | undefined): boolean {
  return type === undefined || /^(|module|text\/javascript|application\/javascript)$/i.test(type.trim());
}

/** Elements that show another document in the page. */
const FRAMES = new Set(["iframe", "frame", "object", "embed"]);

/** The URLs of a `srcset` (candidates are separated by commas; each may end with a width or density). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

function imageOf(attributes: Record<string, string>, inFigure: boolean): HtmlImage {
  const role = attributes.role?.toLowerCase();
  return {
    src: attributes.src,
    alt: attributes.alt,
    width: attributes.width,
    height: attributes.height,
    decorative: "data-decorative" in attributes || role === "presentation" || role === "none",
    inFigure,
  };
}

/** The visible text of an element, up to its closing tag (links are short: the search is bounded). */
function textUntilClose(html: string, from: number, name: string): string {
  const end = html.indexOf(`</${name}>`, from);
  if (end < 0 || end - from > 2000) return "";
  return decodeEntities(html.slice(from, end).replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Attributes the checks read on every element: its id (a link may point to it) and inline style (its `url()`s). */
const COMMON_ATTRIBUTES = ["id", "style"];

/** The attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
  script: ["src"],
  iframe: ["src"],
  frame: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  meta: ["content"],
};

/** The attributes that say more about a link, an image or a redirect. */
const EXTRA_ATTRIBUTES: Record<string, string[]> = {
  a: ["name", "target", "rel", "title"],
  area: ["target", "rel", "title"],
  img: ["alt", "width", "height", "data-decorative", "role"],
  iframe: ["title"],
  meta: ["http-equiv"],
  script: ["type"],
};

const WANTED_ATTRIBUTES: Record<string, string[] | undefined> = Object.fromEntries(
  Object.entries(URL_ATTRIBUTES).map(([element, names]) => [
    element,
    [...COMMON_ATTRIBUTES, ...names, ...(EXTRA_ATTRIBUTES[element] ?? [])],
  ]),
);

/**
 * The elements whose attributes the checks read, with `style` (its content holds `url()`s),
 * `figure` (its images have a caption), and `header` and `footer` (read once for the site), by name length.
 */
const ELEMENTS_BY_LENGTH: string[][] = [];
for (const name of [...Object.keys(WANTED_ATTRIBUTES), "style", "figure", "header", "footer"])
  (ELEMENTS_BY_LENGTH[name.length] ??= []).push(name);

export interface ParsedPage {
  /** Every `id` (and `<a name>`) of the page: the fragments other links may point to. */
  ids: Set<string>;
  /** Ids given a second time in the page (each repetition once). */
  duplicateIds: string[];
  /** What the site's strict Content Security Policy would block: inline code and styles, event handlers, frames. */
  activeContent: ActiveContent[];
  references: HtmlReference[];
  images: HtmlImage[];
  /** Links with `target="_blank"`. */
  newWindowLinks: NewWindowLink[];
  /** Frames (`<iframe>`): a video, a map of another site. */
  frames: HtmlFrame[];
}

export interface HtmlFrame {
  src: string;
  title?: string;
}

export interface ActiveContent {
  kind: "inline-script" | "handler" | "style-element" | "style-attribute" | "frame";
  element: string;
  /** The handler's attribute (`onclick`). */
  attribute?: string;
  /** A frame's URL. */
  value?: string;
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
  /** Inside a `<figure>`: an image with a caption. */
  inFigure: boolean;
}

export interface NewWindowLink {
  href: string;
  rel?: string;
  title?: string;
  /** The link's visible text, to suggest a title. */
  text: string;
}
