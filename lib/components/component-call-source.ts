/**
 * The Nunjucks call an editor writes for a component, as the editor guide shows it to copy:
 * `{{ component("tile", { title: "…", … }) }}`, indented like the pages in production.
 */
export function componentCallSource(name: string, params: Record<string, unknown>): string {
  return `{{ component(${JSON.stringify(name)}, ${literal(params, "")}) }}`;
}

/** A value as a Nunjucks literal; short lists and objects of plain values stay on one line. */
function literal(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    const inline = `[${value.map((item) => literal(item, indent)).join(", ")}]`;
    if (value.every(isPlain) && inline.length <= INLINE_WIDTH) return inline;
    const inner = indent + INDENT;
    return `[\n${value.map((item) => inner + literal(item, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const inline = `{ ${entries.map(([key, item]) => `${name(key)}: ${literal(item, indent)}`).join(", ")} }`;
    if (entries.every(([, item]) => isPlain(item)) && inline.length <= INLINE_WIDTH && indent) return inline;
    const inner = indent + INDENT;
    return `{\n${entries.map(([key, item]) => `${inner}${name(key)}: ${literal(item, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function name(key: string): string {
  return /^[A-Za-z_]\w*$/.test(key) ? key : JSON.stringify(key);
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

const INDENT = "    ";
const INLINE_WIDTH = 80;
