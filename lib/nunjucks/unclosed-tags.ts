/**
 * Where a Nunjucks template breaks off: a tag never closed (`{{ component(…` without `}}`), a
 * comment never closed (`{#`, often a Markdown identifier `{#mon-titre}` that Nunjucks takes for
 * one), a block never ended (`{% if %}` without `{% endif %}`). Nunjucks reports these at the end of
 * the file, or not at all; editors need the line where they opened it.
 */
export function unclosedTag(template: string): UnclosedTag | undefined {
  const blocks: { name: string; at: number }[] = [];
  const opening = /\{([{%#])/g;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(template))) {
    const start = match.index;
    const kind = match[1]!;
    const end = kind === "#" ? endOfComment(template, start + 2) : endOfTag(template, start + 2);
    if (end < 0) return { kind: KINDS[kind]!, line: lineAt(template, start), text: firstWords(template, start) };
    opening.lastIndex = end;
    if (kind !== "%") continue;
    const [, name = ""] = /^\{%-?\s*(\w+)/.exec(template.slice(start, end)) ?? [];
    if (name === "raw" || name === "verbatim") {
      const close = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "g");
      close.lastIndex = end;
      if (!close.exec(template)) return { kind: "block", name, line: lineAt(template, start), text: `{% ${name} %}` };
      opening.lastIndex = close.lastIndex;
    } else if (BLOCKS.has(name) && !(name === "set" && /=/.test(template.slice(start, end)))) {
      blocks.push({ name, at: start });
    } else if (name.startsWith("end") && BLOCKS.has(name.slice(3))) {
      const index = blocks.map((block) => block.name).lastIndexOf(name.slice(3));
      if (index >= 0) blocks.length = index;
    }
  }
  const open = blocks.at(-1);
  return open
    ? { kind: "block", name: open.name, line: lineAt(template, open.at), text: `{% ${open.name} %}` }
    : undefined;
}

/** `{#mon-titre}`: a Markdown identifier, which Nunjucks reads as the start of a comment. */
export function markdownIdentifiers(template: string): { line: number; text: string }[] {
  return [...template.matchAll(/\{#([\w-]+)\}/g)].map((match) => ({
    line: lineAt(template, match.index),
    text: match[0],
  }));
}

export interface UnclosedTag {
  kind: "output" | "tag" | "comment" | "block";
  /** The block's tag name (`if`, `for`…), for a block never ended. */
  name?: string;
  /** 1-based line of the template where it opens. */
  line: number;
  /** Its first words, to name it in the message. */
  text: string;
}

const KINDS: Record<string, UnclosedTag["kind"]> = { "{": "output", "%": "tag", "#": "comment" };
/** Tags that open a block ended by `end<name>`. */
const BLOCKS = new Set(["if", "for", "asyncEach", "asyncAll", "macro", "call", "filter", "block", "set", "switch"]);

/** Index just after the tag's `}}` or `%}` (quotes respected), or -1. */
function endOfTag(template: string, from: number): number {
  let quote = "";
  for (let i = from; i < template.length; i++) {
    const char = template[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if ((char === "}" || char === "%") && template[i + 1] === "}") return i + 2;
  }
  return -1;
}

function endOfComment(template: string, from: number): number {
  const index = template.indexOf("#}", from);
  return index < 0 ? -1 : index + 2;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function firstWords(text: string, start: number): string {
  const rest = text
    .slice(start, start + 40)
    .split("\n")[0]!
    .trim();
  return rest.length < text.slice(start).split("\n")[0]!.trim().length ? `${rest}…` : rest;
}
