import { isMap, isScalar, parseDocument, type YAMLMap } from "yaml";

/**
 * The front-matter changes a page of an eleventy-dsfr site needs here, each with the reason the
 * report gives. Every other byte of the YAML is kept: a field is removed line by line, never by
 * writing the YAML again.
 */
export const FRONT_MATTER_RULES: FrontMatterRule[] = [
  {
    path: ["eleventyNavigation", "permalink"],
    reason:
      "sans effet : le menu prend l’adresse de la page elle-même (eleventy-navigation lit « url », pas « permalink »)",
  },
];

/** Applies the rules to a page's YAML; returns the new YAML and what changed, in French. */
export function applyFrontMatterRules(yaml: string, rules = FRONT_MATTER_RULES): { yaml: string; changes: string[] } {
  let text = yaml;
  const changes: string[] = [];
  for (const rule of rules) {
    const removed = removeField(text, rule.path);
    if (removed === undefined) continue;
    text = removed;
    changes.push(`champ « ${rule.path.join(".")} » retiré : ${rule.reason}`);
  }
  return { yaml: text, changes };
}

/** The YAML without the field at `path` (and without its parent map when it was the last field), or undefined when absent. */
export function removeField(yaml: string, path: string[]): string | undefined {
  const document = parseDocument(yaml);
  if (document.errors.length > 0) return undefined;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  if (!isMap(parent)) return undefined;
  const map = parent as YAMLMap;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  if (map.items.length === 1 && parentPath.length > 0) return removeField(yaml, parentPath);
  const start = lineStart(yaml, pair.key.range[0]);
  const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[2] ?? pair.key.range[2];
  const end = lineEnd(yaml, Math.max(valueEnd - 1, pair.key.range[2]));
  return yaml.slice(0, start) + yaml.slice(end);
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf("\n", index - 1) + 1;
}

/** Index just after the line break that ends the line holding `index`. */
function lineEnd(text: string, index: number): number {
  const next = text.indexOf("\n", index);
  return next < 0 ? text.length : next + 1;
}

export interface FrontMatterRule {
  /** The field, as a path of keys (`["eleventyNavigation", "permalink"]`). */
  path: string[];
  /** Why it changes, in French. */
  reason: string;
}
