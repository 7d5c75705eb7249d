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

/** Names a template binds itself: `set`, `macro`, `import … as`, `from … import`, loop variables, macro arguments. */
export function* boundNames(node: NunjucksNode): Generator<string> {
  switch (node.typename) {
    case "Set":
      for (const target of node.targets?.children ?? []) if (target.typename === "Symbol") yield String(target.value);
      break;
    case "Macro":
    case "Caller":
      if (node.name?.typename === "Symbol") yield String(node.name.value);
      for (const argument of node.args?.children ?? []) {
        if (argument.typename === "Symbol") yield String(argument.value);
        if (argument.typename === "KeywordArgs")
          for (const pair of argument.children ?? []) if (pair.key?.typename === "Symbol") yield String(pair.key.value);
      }
      break;
    case "Import":
      if (node.target?.typename === "Symbol") yield String(node.target.value);
      break;
    case "FromImport":
      for (const name of node.names?.children ?? []) {
        const alias = name.typename === "Pair" ? (name.value as NunjucksNode) : name;
        if (alias?.typename === "Symbol") yield String(alias.value);
      }
      break;
    case "For":
    case "AsyncEach":
    case "AsyncAll":
      for (const target of [node.name, ...(node.name?.children ?? [])])
        if (target?.typename === "Symbol") yield String(target.value);
      break;
  }
}

/** Every node of a tree, depth first. */
export function* walk(node: NunjucksNode | undefined): Generator<NunjucksNode> {
  if (!node || typeof node !== "object") return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
  for (const field of node.fields ?? []) {
    const value = (node as unknown as Record<string, unknown>)[field];
    if (value && typeof value === "object" && "typename" in value) yield* walk(value as NunjucksNode);
  }
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
