import { readdirSync } from "node:fs";
import nunjucks, { type Environment } from "nunjucks";

/**
 * Reading a Nunjucks template as its parser does, and what the parts of Nunjucks that its types
 * leave out hold: the tree of a template, the names it binds, the templates an environment finds.
 */

/** The template's tree; throws Nunjucks' own syntax error (1-based `lineno`). */
export function parseTemplate(template: string, env: Environment): NunjucksNode {
  const { extensionsList, opts } = internalsOf(env);
  return (nunjucks as unknown as NunjucksInternals).parser.parse(template, extensionsList, opts);
}

/**
 * Names a template binds itself: `set`, `macro`, `import … as`, `from … import`, loop variables,
 * macro arguments. Added to `bound`; most nodes bind nothing and are passed over at once.
 */
export function addBoundNames(node: NunjucksNode, bound: Set<string>): void {
  const add = (name: NunjucksNode | undefined) => {
    if (name?.typename === "Symbol") bound.add(String(name.value));
  };
  switch (node.typename) {
    case "Set":
      for (const target of node.targets?.children ?? []) add(target);
      break;
    case "Macro":
    case "Caller":
      add(node.name);
      for (const argument of node.args?.children ?? []) {
        add(argument);
        if (argument.typename === "KeywordArgs") for (const pair of argument.children ?? []) add(pair.key);
      }
      break;
    case "Import":
      add(node.target);
      break;
    case "FromImport":
      for (const name of node.names?.children ?? [])
        add(name.typename === "Pair" ? (name.value as NunjucksNode) : name);
      break;
    case "For":
    case "AsyncEach":
    case "AsyncAll":
      for (const target of [node.name, ...(node.name?.children ?? [])]) add(target);
      break;
  }
}

/**
 * Every node of a tree, depth first, in reading order. A loop over a stack rather than nested
 * generators: every page with a component is read this way at each build.
 */
export function nodesOf(root: NunjucksNode | undefined): NunjucksNode[] {
  const nodes: NunjucksNode[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as NunjucksNode | undefined;
    if (!node || typeof node !== "object") continue;
    nodes.push(node);
    // Pushed in reverse, so that the first child is read first: children, then the fields.
    const fields = node.fields ?? [];
    for (let index = fields.length - 1; index >= 0; index--) {
      const value = (node as unknown as Record<string, unknown>)[fields[index]!];
      if (value && typeof value === "object" && "typename" in value) stack.push(value);
    }
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return nodes;
}

export function templateExists(env: Environment, name: string): boolean {
  return internalsOf(env).loaders.some((loader) => {
    try {
      return Boolean(loader.getSource(name));
    } catch {
      return false;
    }
  });
}

/** The templates the loaders can find, for suggestions (read once per environment). */
export function templateNames(env: Environment): string[] {
  let names = knownTemplates.get(env);
  if (!names) {
    names = internalsOf(env).loaders.flatMap((loader) =>
      (loader.searchPaths ?? []).flatMap((folder) => listTemplates(folder)),
    );
    knownTemplates.set(env, names);
  }
  return names;
}

/** A cache by environment (each build has its own), not build data. */
const knownTemplates = new WeakMap<Environment, string[]>();

function listTemplates(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".njk"))
      .map((file) => file.split("\\").join("/"));
  } catch {
    return [];
  }
}

/** The environment with the fields its types leave out. */
export function internalsOf(env: Environment): EnvironmentInternals {
  return env as unknown as EnvironmentInternals;
}

export interface NunjucksNode {
  typename: string;
  lineno?: number;
  fields?: string[];
  children?: NunjucksNode[];
  value?: unknown;
  name?: NunjucksNode & { children?: NunjucksNode[] };
  template?: NunjucksNode;
  targets?: NunjucksNode;
  target?: NunjucksNode;
  names?: NunjucksNode;
  args?: NunjucksNode;
  key?: NunjucksNode;
}

export interface TemplateError {
  message?: string;
  lineno?: number;
}

/** Nunjucks' parser, which its types leave out (https://github.com/mozilla/nunjucks/blob/master/nunjucks/src/parser.js). */
interface NunjucksInternals {
  parser: { parse(template: string, extensions: unknown[], options: unknown): NunjucksNode };
}

/** The parts of a Nunjucks environment its types leave out. */
export interface EnvironmentInternals {
  opts: Record<string, unknown>;
  filters: Record<string, unknown>;
  globals: Record<string, unknown>;
  extensionsList: { tags?: string[] }[];
  loaders: { getSource(name: string): unknown; searchPaths?: string[] }[];
}
