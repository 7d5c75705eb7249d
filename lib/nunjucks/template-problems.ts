import type { Environment } from "nunjucks";
import { closest, closestPath } from "../shared/closest.ts";
import {
  addBoundNames,
  internalsOf,
  type NunjucksNode,
  nodesOf,
  parseTemplate,
  type TemplateError,
  templateExists,
  templateNames,
} from "./template-tree.ts";
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
    root = parseTemplate(template, env);
  } catch (cause) {
    return [syntaxProblem(cause as TemplateError, env)];
  }
  const bound = new Set([...names, ...Object.keys(internalsOf(env).globals), ...IMPLICIT_NAMES]);
  const nodes = nodesOf(root);
  for (const node of nodes) addBoundNames(node, bound);
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
