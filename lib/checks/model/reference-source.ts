import { escapeRegExp, nthLineIn } from "../../shared/source-line.ts";
import type { SiteModel, SitePage } from "./site-model.ts";
import { normalizePrefix } from "./site-url.ts";
import { templateChain } from "./template-chain.ts";

/**
 * Where an editor fixes a URL found in a built page: the line of the page's source that writes
 * it (Markdown, HTML or a component parameter), else the layout, component or data file that
 * writes it (header, footer, tiles: its layouts first, then the site's data), else the page itself.
 */
export function locateReference(model: SiteModel, page: SitePage, value: string, occurrence = 1): SourceLocation {
  const written = withoutPrefix(value, model.pathPrefix);
  const exact = written.trim() ? [...new Set([written, safeDecodeUri(written)])].map(boundedPattern) : [EMPTY_LINK];
  const pageText = model.source(page.source);
  if (pageText !== undefined) {
    for (const pattern of exact) {
      const line = nthLineIn(pageText, pattern, occurrence) ?? nthLineIn(pageText, pattern, 1);
      if (line) return { file: page.source, line };
    }
  }
  // The page's own layouts first: a footer link is on the footer's line, not on another layout that has it too.
  const chain = templateChain(page.data.layout, model.source);
  const dataFiles = model.templateFiles().filter((file) => file.endsWith(".json"));
  for (const file of chain.length > 0 ? [...chain, ...dataFiles] : model.templateFiles()) {
    const text = model.source(file);
    const line = text === undefined ? undefined : firstLine(text, exact);
    if (line) return { file, line };
  }
  // A URL built from front matter (a pictogram, an image parameter): its last segments are written there.
  const line = pageText === undefined ? undefined : firstLine(pageText, tails(written).map(boundedPattern));
  return { file: page.source, line };
}

/**
 * Where something a built page holds is written, found by a pattern of its source: the page's
 * own source first (its n-th occurrence), then its layouts, else the page itself without a line.
 */
export function locateText(model: SiteModel, page: SitePage, pattern: RegExp, occurrence = 1): SourceLocation {
  const pageText = model.source(page.source);
  const line =
    pageText === undefined ? undefined : (nthLineIn(pageText, pattern, occurrence) ?? nthLineIn(pageText, pattern, 1));
  if (line) return { file: page.source, line };
  for (const file of templateChain(page.data.layout, model.source)) {
    const text = model.source(file);
    const found = text === undefined ? undefined : nthLineIn(text, pattern, 1);
    if (found) return { file, line: found };
  }
  return { file: page.source };
}

/** The URL as the editor wrote it: without the path prefix the build added. */
export function withoutPrefix(value: string, pathPrefix: string): string {
  const prefix = normalizePrefix(pathPrefix);
  return prefix !== "/" && value.startsWith(prefix) ? value.slice(prefix.length - 1) : value;
}

function firstLine(text: string, patterns: RegExp[]): number | undefined {
  for (const pattern of patterns) {
    const line = nthLineIn(text, pattern, 1);
    if (line) return line;
  }
  return undefined;
}

/** `/dsfr/artwork/pictograms/map/x.svg#a` → `artwork/pictograms/map/x.svg`, `pictograms/map/x.svg`, `map/x.svg`. */
function tails(url: string): string[] {
  const segments = url.split(/[?#]/)[0]!.split("/").filter(Boolean);
  return segments.slice(0, -2).map((_, index) => segments.slice(index + 1).join("/"));
}

/** The text as a whole URL: `/fr/` must not match inside `/fr/etiquettes/`. */
function boundedPattern(text: string): RegExp {
  return new RegExp(`(?<![\\w/.-])${escapeRegExp(text)}(?![\\w/-]|\\.\\w)`, "g");
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

const EMPTY_LINK = /href\s*=\s*(?:""|'')|\]\(\s*\)/g;

export interface SourceLocation {
  file: string;
  line?: number;
}
