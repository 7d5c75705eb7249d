import { readdirSync } from "node:fs";
import nunjucks, { type Environment } from "nunjucks";
import { closest, closestPath } from "../shared/closest.ts";
import { markdownIdentifiers, type UnclosedTag, unclosedTag } from "./unclosed-tags.ts";

/**
 * Every mistake in a page's Nunjucks that would stop Eleventy, found before it renders the page,
 * each at its line: a tag, comment or block never closed, a syntax error, an unknown tag, filter
 * or function, an include or import of a template that does not exist. Read with the environment
 * Eleventy renders with (its filters, tags and globals); `names` are the page's data, which a
 * template may call. Lines count from the template's first line.
 */
export function templateProblems(template: string, env: Environment, names: Iterable<string> = []): TemplateProblem[] {
  const problems: TemplateProblem[] = markdownIdentifiers(template).map(({ line, text }) => ({
    line,
    message: `« ${text} » : Nunjucks y lit le début d’un commentaire, qui efface le texte jusqu’au prochain « #} »`,
    fix: `pour l’identifiant d’un intertitre, écrivez {id=${text.slice(2, -1)}} (ou « { #${text.slice(2, -1)} } », avec des espaces)`,
  }));
  if (problems.length > 0) return problems;
  const unclosed = unclosedTag(template);
  if (unclosed) return [unclosedProblem(unclosed)];

  let root: NunjucksNode;
  try {
    const { extensionsList, opts } = internalsOf(env);
    root = (nunjucks as unknown as NunjucksInternals).parser.parse(template, extensionsList, opts);
  } catch (cause) {
    return [syntaxProblem(cause as TemplateError, env)];
  }
  const bound = new Set([...names, ...Object.keys(internalsOf(env).globals), ...IMPLICIT_NAMES]);
  const nodes = [...walk(root)];
  for (const node of nodes) for (const name of boundNames(node)) bound.add(name);
  for (const node of nodes) {
    const line = (node.lineno ?? 0) + 1;
    const type = node.typename;
    if ((type === "Filter" || type === "FilterAsync") && node.name?.typename === "Symbol") {
      const name = String(node.name.value);
      if (!(name in internalsOf(env).filters)) problems.push(unknownFilter(name, line, env));
    } else if (type === "FunCall" && node.name?.typename === "Symbol") {
      const name = String(node.name.value);
      if (!bound.has(name)) problems.push(unknownFunction(name, line, bound));
    } else if (TEMPLATE_NODES.has(type) && node.template?.typename === "Literal") {
      const name = String(node.template.value);
      if (!templateExists(env, name)) problems.push(missingTemplate(type, name, line, env));
    }
  }
  return problems;
}

export interface TemplateProblem {
  /** 1-based line in the template. */
  line: number;
  message: string;
  fix: string;
}

function unclosedProblem(unclosed: UnclosedTag): TemplateProblem {
  switch (unclosed.kind) {
    case "comment":
      return {
        line: unclosed.line,
        message: `commentaire Nunjucks « ${unclosed.text} » jamais fermé`,
        fix: "fermez-le par « #} » ; pour écrire « {# » tel quel, entourez-le de {% raw %}…{% endraw %}",
      };
    case "block":
      return {
        line: unclosed.line,
        message: `bloc « ${unclosed.text} » jamais fermé`,
        fix: `ajoutez {% end${unclosed.name} %} là où le bloc se termine`,
      };
    default:
      return {
        line: unclosed.line,
        message: `« ${unclosed.text} » jamais fermé par « ${unclosed.kind === "output" ? "}}" : "%}"} »`,
        fix: "vérifiez les parenthèses, les accolades et les guillemets de l’appel, puis fermez-le",
      };
  }
}

function syntaxProblem(cause: TemplateError, env: Environment): TemplateProblem {
  const message = String(cause.message ?? cause).replace(/\s*\[Line \d+, Column \d+\]/, "");
  const line = typeof cause.lineno === "number" ? cause.lineno : 1;
  const unknownTag = /unknown block tag: (\w+)/.exec(message)?.[1];
  if (unknownTag) {
    const known = [...BUILT_IN_TAGS, ...internalsOf(env).extensionsList.flatMap((extension) => extension.tags ?? [])];
    const suggestion = closest(unknownTag, known);
    return {
      line,
      message: `balise « {% ${unknownTag} %} » inconnue`,
      fix: suggestion ? `vouliez-vous dire « {% ${suggestion} %} » ?` : `balises possibles : ${known.join(", ")}`,
    };
  }
  return {
    line,
    message: `syntaxe Nunjucks invalide : ${frenchSyntaxError(message.split("\n").at(-1)!.trim())}`,
    fix: "vérifiez les balises {{ … }} et {% … %} de cette ligne (accolades, guillemets, parenthèses)",
  };
}

/** Nunjucks' parser errors that editors meet, in French; others as Nunjucks says them. */
function frenchSyntaxError(message: string): string {
  for (const [pattern, french] of SYNTAX_ERRORS) {
    const match = pattern.exec(message);
    if (match) return french(match[1] ?? "");
  }
  return message;
}

const SYNTAX_ERRORS: [RegExp, (token: string) => string][] = [
  [/^unexpected token: (.+)$/, (token) => `« ${token} » inattendu`],
  [/^expected variable end$/, () => "« }} » attendu"],
  [/^expected block end in (\w+) statement$/, (tag) => `« %} » attendu à la fin de {% ${tag} … %}`],
  [/^expected name as lookup value, got (.+)$/, (token) => `nom attendu après le point, « ${token} » trouvé`],
  [/^parseFor: expected for\b.*$/, () => "boucle {% for … in … %} mal écrite"],
  [/^(?:parseFor|parseIf): expected (.+), got (?:.+)$/, (what) => `${what} attendu`],
];

function unknownFilter(name: string, line: number, env: Environment): TemplateProblem {
  const suggestion = closest(name, Object.keys(internalsOf(env).filters));
  return {
    line,
    message: `filtre « ${name} » inconnu`,
    fix: suggestion ? `vouliez-vous dire « ${suggestion} » ?` : "vérifiez le nom écrit après « | »",
  };
}

function unknownFunction(name: string, line: number, bound: Set<string>): TemplateProblem {
  const suggestion = closest(name, bound);
  return {
    line,
    message: `fonction « ${name}() » inconnue`,
    fix: suggestion
      ? `vouliez-vous dire « ${suggestion}() » ?`
      : 'vérifiez son nom ; un composant s’appelle par component("nom", { … }) après son import',
  };
}

function missingTemplate(type: string, name: string, line: number, env: Environment): TemplateProblem {
  const suggestion = closestPath(name, templateNames(env));
  return {
    line,
    message: `${type === "Include" ? "inclusion" : "import"} de « ${name} » : fichier introuvable`,
    fix: suggestion ? `vouliez-vous dire « ${suggestion} » ?` : "vérifiez le chemin, depuis le dossier _includes/",
  };
}

function templateExists(env: Environment, name: string): boolean {
  return internalsOf(env).loaders.some((loader) => {
    try {
      return Boolean(loader.getSource(name));
    } catch {
      return false;
    }
  });
}

/** The templates the loaders can find, for suggestions (read once per environment). */
function templateNames(env: Environment): string[] {
  let names = knownTemplates.get(env);
  if (!names) {
    names = internalsOf(env).loaders.flatMap((loader) =>
      (loader.searchPaths ?? []).flatMap((folder) => listTemplates(folder)),
    );
    knownTemplates.set(env, names);
  }
  return names;
}

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

/** Names a template binds itself: `set`, `macro`, `import … as`, `from … import`, loop variables, macro arguments. */
function* boundNames(node: NunjucksNode): Generator<string> {
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

function* walk(node: NunjucksNode | undefined): Generator<NunjucksNode> {
  if (!node || typeof node !== "object") return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
  for (const field of node.fields ?? []) {
    const value = (node as unknown as Record<string, unknown>)[field];
    if (value && typeof value === "object" && "typename" in value) yield* walk(value as NunjucksNode);
  }
}

/** Names every template may call without defining them: Nunjucks' own, and `caller` inside a `call`. */
const IMPLICIT_NAMES = ["range", "cycler", "joiner", "caller", "super", "loop"];
const BUILT_IN_TAGS = [
  "if",
  "elif",
  "else",
  "for",
  "set",
  "macro",
  "call",
  "import",
  "from",
  "include",
  "extends",
  "block",
  "raw",
  "verbatim",
  "filter",
  "switch",
  "case",
  "default",
];
const TEMPLATE_NODES = new Set(["Include", "Import", "FromImport", "Extends"]);

interface NunjucksNode {
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

interface TemplateError {
  message?: string;
  lineno?: number;
}

/** Nunjucks' parser, which its types leave out (https://github.com/mozilla/nunjucks/blob/master/nunjucks/src/parser.js). */
interface NunjucksInternals {
  parser: { parse(template: string, extensions: unknown[], options: unknown): NunjucksNode };
}

/** The parts of a Nunjucks environment its types leave out. */
interface EnvironmentInternals {
  opts: Record<string, unknown>;
  filters: Record<string, unknown>;
  globals: Record<string, unknown>;
  extensionsList: { tags?: string[] }[];
  loaders: { getSource(name: string): unknown; searchPaths?: string[] }[];
}

function internalsOf(env: Environment): EnvironmentInternals {
  return env as unknown as EnvironmentInternals;
}
