/**
 * A Markdown page that calls components is a Nunjucks template made mostly of text: Nunjucks
 * spends most of its compile time reading that text, which it only copies to its output. This
 * sets the text aside before Nunjucks compiles the page, leaving a mark in its place, and puts it
 * back in what Nunjucks rendered, before markdown-it reads it.
 *
 * Nunjucks copies a mark wherever it would have copied the text (once per loop turn, nowhere in a
 * branch not taken, as is inside `{% raw %}`), so the output is the same. Marks keep the text's
 * line breaks, so that Nunjucks reports errors at the same lines, and its surrounding white space,
 * which `{%-` and `-%}` trim. A page whose text Nunjucks may transform (`{% filter %}`, a
 * `{% set %}` block, a macro, a `{% call %}`, a `{% js %}` block of page scripts) is left as it is.
 */
export function setAsideText(source: string): SetAside | undefined {
  if (!TAG_START.test(source) || MARK_CHARACTERS.test(source) || TEXT_TRANSFORMING.test(source)) return undefined;
  const texts: string[] = [];
  let template = "";
  let position = 0;
  const setAside = (text: string) => {
    const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    if (!core) return text;
    texts.push(core);
    return `${before}${MARK_START}${texts.length - 1}${MARK_MIDDLE}${"\n".repeat(lineBreaks(core))}${MARK_END}${after}`;
  };
  for (const tag of tagsIn(source)) {
    template += setAside(source.slice(position, tag.start)) + source.slice(tag.start, tag.end);
    position = tag.end;
  }
  template += setAside(source.slice(position));
  return texts.length > 0 ? { template, texts } : undefined;
}

/** The text set aside, back in place of its marks in Nunjucks' output. */
export function putTextBack(output: string, texts: readonly string[]): string {
  if (!output.includes(MARK_START)) return output;
  return output.replace(MARK, (_, index: string) => texts[Number(index)]!);
}

export interface SetAside {
  /** The page with marks in place of its text, for Nunjucks to compile. */
  template: string;
  /** The text set aside, by mark number. */
  texts: string[];
}

// Control characters no editor types: a page holding one is left as it is.
const MARK_START = "\u0001";
const MARK_MIDDLE = "\u0002";
const MARK_END = "\u0003";
const MARK = new RegExp(`${MARK_START}(\\d+)${MARK_MIDDLE}\n*${MARK_END}`, "g");
const MARK_CHARACTERS = new RegExp(`[${MARK_START}-${MARK_END}]`);
const TAG_START = /\{[{%#]/;
const TEXT_TRANSFORMING = /\{%-?\s*(?:filter|macro|call|js)\b|\{%-?\s*set\s+[\w\s,]+-?%\}/;

interface Tag {
  start: number;
  end: number;
}

/**
 * Nunjucks tags in reading order, as its lexer ends them: a comment at the first `#}`, any other
 * tag at the first `}}` or `%}` outside a string; a `{% raw %}` block is kept whole with its content.
 */
function* tagsIn(source: string): Generator<Tag> {
  const starts = /\{([{%#])/g;
  let match: RegExpExecArray | null;
  while ((match = starts.exec(source))) {
    const start = match.index;
    const end = match[1] === "#" ? endOf(source, "#}", start + 2) : tagEnd(source, start + 2);
    const raw = /^\{%-?\s*(raw|verbatim)\s*-?%\}$/.exec(source.slice(start, end));
    const blockEnd = raw ? endOfRawBlock(source, raw[1]!, end) : end;
    yield { start, end: blockEnd };
    starts.lastIndex = blockEnd;
  }
}

function tagEnd(source: string, from: number): number {
  let quote = "";
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if ((char === "}" || char === "%") && source[i + 1] === "}") return i + 2;
  }
  return source.length;
}

function endOf(source: string, closing: string, from: number): number {
  const index = source.indexOf(closing, from);
  return index < 0 ? source.length : index + closing.length;
}

function endOfRawBlock(source: string, name: string, from: number): number {
  const end = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "g");
  end.lastIndex = from;
  return end.exec(source) ? end.lastIndex : source.length;
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
