import { isHtmlSpace } from "../../shared/html-whitespace.ts";
import type { KeptStrings } from "./kept-strings.ts";

/**
 * The low-level reading of HTML tags for `parseHtmlPage`: where a tag ends, which of its
 * attributes the checks read, compared in place so that the many they skip cost no copy.
 */

/**
 * Finds where a tag ends (just after its `>`; quoted values may hold `>`) and whether it has an
 * `id` or `style` attribute, reading only what is outside quotes. False when the tag never ends.
 */
export function scanTag(html: string, from: number, scan: TagScan): boolean {
  scan.marked = false;
  scan.handler = undefined;
  for (let at = from; at < html.length; at++) {
    const code = html.charCodeAt(at);
    if (code === GREATER_THAN) {
      scan.end = at + 1;
      return true;
    }
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      at = html.indexOf(html[at]!, at + 1);
      if (at < 0) return false;
    } else if (code === EQUALS) {
      const name = markName(html, at);
      if (name === "handler") scan.handler ??= attributeNameBefore(html, at).toLowerCase();
      scan.marked ||= name !== undefined;
    }
  }
  return false;
}

/**
 * The attributes the checks read between `from` and the tag's `>` at `to`, values decoded and
 * kept in `strings`; undefined when it has none of them.
 */
export function readAttributes(
  html: string,
  from: number,
  to: number,
  wanted: string[],
  strings: KeptStrings,
): Record<string, string> | undefined {
  let attributes: Record<string, string> | undefined;
  for (let at = from; at < to; ) {
    const code = html.charCodeAt(at);
    if (isHtmlSpace(code) || code === SLASH) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < to && !isNameEnd(html.charCodeAt(at)) && html.charCodeAt(at) !== EQUALS) at++;
    const attribute = wantedName(html, nameStart, at, wanted);
    while (at < to && isHtmlSpace(html.charCodeAt(at))) at++;
    let [valueStart, valueEnd] = [at, at];
    if (html.charCodeAt(at) === EQUALS) {
      at++;
      while (at < to && isHtmlSpace(html.charCodeAt(at))) at++;
      const quote = html.charCodeAt(at);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = html.indexOf(html[at]!, at + 1);
        [valueStart, valueEnd, at] = [at + 1, close, close + 1];
      } else {
        valueStart = at;
        while (at < to && !isHtmlSpace(html.charCodeAt(at))) at++;
        valueEnd = at;
      }
    }
    if (attribute && !(attributes && attribute in attributes))
      (attributes ??= {})[attribute] = strings.keep(decodeEntities(html.slice(valueStart, valueEnd)));
  }
  return attributes;
}

/** The name written between `start` and `end` if it is one of `names` (lowercase, listed by length), compared in place. */
export function nameIn(
  html: string,
  start: number,
  end: number,
  capitals: boolean,
  namesByLength: string[][],
): string | undefined {
  const names = namesByLength[end - start];
  if (!names) return undefined;
  if (capitals) return names.find((name) => name === html.slice(start, end).toLowerCase());
  // Most tags (div, span, li…) are none of these: their first letter says so before any comparison.
  const first = html.charCodeAt(start);
  for (const name of names) if (name.charCodeAt(0) === first && html.startsWith(name, start)) return name;
  return undefined;
}

/** Attribute values and text with their character references decoded (`&amp;` → `&`). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/** Whether the attribute name before the `=` at `equals` is `id` or `style`, or an event handler (`onclick`), in any case. */
function markName(html: string, equals: number): "mark" | "handler" | undefined {
  let end = equals;
  while (isHtmlSpace(html.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isHtmlSpace(html.charCodeAt(start - 1))) start--;
  const length = end - start;
  if ((length === 2 || length === 5) && /^(?:id|style)$/i.test(html.slice(start, end))) return "mark";
  const first = html.charCodeAt(start) | 32;
  const second = html.charCodeAt(start + 1) | 32;
  // `onclick`, `oncut`…: every event handler has at least three letters after `on` (not `one="…"`).
  return length > 4 && first === 111 && second === 110 && /^on[a-z]+$/i.test(html.slice(start, end))
    ? "handler"
    : undefined;
}

function attributeNameBefore(html: string, equals: number): string {
  let end = equals;
  while (isHtmlSpace(html.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isHtmlSpace(html.charCodeAt(start - 1))) start--;
  return html.slice(start, end);
}

/** The attribute name written at `start`, if the checks read it (compared in place: most names are skipped). */
function wantedName(html: string, start: number, end: number, wanted: string[]): string | undefined {
  const first = html.charCodeAt(start);
  for (const name of wanted)
    if (name.length === end - start && name.charCodeAt(0) === first && html.startsWith(name, start)) return name;
  // Written in capitals (raw HTML in Markdown): compare it lowercased.
  const written = html.slice(start, end);
  if (written === written.toLowerCase()) return undefined;
  const lower = written.toLowerCase();
  return wanted.find((name) => name === lower);
}

export const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
export const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 58) || code === 45 || code === 95;
const isNameEnd = (code: number) => isHtmlSpace(code) || code === GREATER_THAN || code === SLASH;
const [GREATER_THAN, SLASH, EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE] = [62, 47, 61, 34, 39];

const NAMED_ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

export interface TagScan {
  /** Index just after the tag's `>`. */
  end: number;
  /** The tag has an `id` or `style` attribute, or an event handler. */
  marked: boolean;
  /** The name of its first event handler attribute (`onclick`), if it has one. */
  handler?: string;
}
