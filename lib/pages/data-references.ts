import { closest } from "../shared/closest.ts";
import { lineAt } from "../shared/source-line.ts";

/**
 * The values a page prints from its folder data (`{{ urls.api_entrepot }}`, `{{ ids.processings.x }}`)
 * that the data does not define: Nunjucks would print nothing in their place, silently. Only what
 * is printed counts, unless the page tests it first (`{% if ids.x %}{{ ids.x }}{% endif %}`: a value
 * that may be missing). `{% raw %}` blocks are examples, not references.
 */
export function unknownDataReferences(source: string, data: Record<string, unknown>, roots: string[]): DataReference[] {
  const present = roots.filter((root) => data[root] !== undefined && source.includes(`${root}.`));
  if (present.length === 0) return [];
  const text = source.replace(RAW_BLOCK, (block) => block.replace(/[^\n]/g, " "));
  const path = new RegExp(`(?<![\\w$.])(?:${present.join("|")})(?:\\.[A-Za-z_$][\\w$]*)+`, "g");
  const tested = new Set([...text.matchAll(CONDITION)].flatMap((condition) => condition[1]!.match(path) ?? []));
  const unknown: DataReference[] = [];
  for (const output of text.matchAll(OUTPUT)) {
    const expression = output[1]!.replace(STRING, (literal) => " ".repeat(literal.length));
    for (const reference of expression.matchAll(path)) {
      const steps = reference[0].split(".");
      if (steps.some((_, index) => tested.has(steps.slice(0, index + 1).join(".")))) continue;
      const missing = missingStep(data, steps);
      if (!missing) continue;
      const parent = steps.slice(0, missing.index).join(".");
      const suggestion = closest(steps[missing.index]!, missing.known);
      unknown.push({
        path: reference[0],
        line: lineAt(source, output.index + 2 + reference.index),
        known: missing.known,
        suggestion: suggestion && `${parent}.${suggestion}`,
      });
    }
  }
  return unknown;
}

/** The first step of a path the data lacks, with the names the data has there. */
function missingStep(data: Record<string, unknown>, steps: string[]): { index: number; known: string[] } | undefined {
  let value: unknown = data;
  for (const [index, step] of steps.entries()) {
    if (typeof value !== "object" || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (!(step in record)) return { index, known: Object.keys(record) };
    value = record[step];
  }
  return undefined;
}

const RAW_BLOCK = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g;
const CONDITION = /\{%-?\s*(?:if|elif|elseif)\b([\s\S]*?)-?%\}/g;
const OUTPUT = /\{\{-?([\s\S]*?)-?\}\}/g;
const STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;

export interface DataReference {
  /** As written: `urls.aide`. */
  path: string;
  /** 1-based line in the page's source. */
  line: number;
  /** The names the data has where the path breaks off. */
  known: string[];
  /** The closest path the data has: `urls.annexes`. */
  suggestion?: string;
}
