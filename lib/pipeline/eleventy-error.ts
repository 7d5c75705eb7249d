import path from "node:path";
import { error, type Finding } from "../checks/finding.ts";

/**
 * Turns an exception Eleventy threw (a YAML or Nunjucks syntax error…) into a finding an editor
 * can act on: the source file and line, and the cause without a stack trace.
 */
export function eleventyErrorFinding(cause: unknown): Finding {
  const chain = causeChain(cause);
  const text = chain.map((item) => item.message).join("\n");
  const file = /(?:^|[\s(])\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:md|njk|html|json|js))\b/m.exec(text)?.[1] ?? "";
  const line = lineIn(chain);
  const yaml = chain.find((item) => item.name === "YAMLException");
  if (yaml) return yamlErrorFinding(file, yaml, line);
  const root = chain[chain.length - 1]!;
  const nunjucks = /\[Line (\d+), Column \d+\]\s*([\s\S]*)/.exec(root.message);
  if (nunjucks) {
    return error(
      "template-syntax",
      file,
      `syntaxe Nunjucks invalide : ${firstLine(nunjucks[2]!.trim())}`,
      "vérifiez les balises {{ … }} et {% … %} de cette ligne (accolades, guillemets, parenthèses)",
      line ?? Number(nunjucks[1]),
    );
  }
  return error(
    "build-failed",
    file || path.join("content"),
    `la construction a échoué : ${firstLine(root.message)}`,
    "corrigez la page indiquée puis relancez la construction",
    line,
  );
}

/** A front matter js-yaml could not read, said in French at its line. */
export function yamlErrorFinding(
  file: string,
  yaml: { reason?: string; message: string; mark?: { line: number } },
  line = yamlLine(yaml),
): Finding {
  return error(
    "front-matter-yaml",
    file,
    `en-tête YAML illisible : ${frenchYamlReason(firstLine(yaml.reason ?? yaml.message))}`,
    "vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne",
    line,
  );
}

function causeChain(cause: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = cause as ErrorLike | undefined;
  while (current && chain.length < 20) {
    chain.push(current);
    current = (current.originalError ?? current.cause) as ErrorLike | undefined;
  }
  return chain.length > 0 ? chain : [{ name: "Error", message: String(cause) }];
}

function lineIn(chain: ErrorLike[]): number | undefined {
  for (const item of chain) {
    if (typeof item.mark?.line === "number") return yamlLine(item);
    if (typeof item.lineno === "number") return item.lineno;
  }
  return undefined;
}

// gray-matter hands js-yaml the text right after the opening `---`, its line break included:
// js-yaml's line 0 is the `---` line, so its 0-based line is the file's line minus one.
function yamlLine(yaml: { mark?: { line: number } }): number | undefined {
  return typeof yaml.mark?.line === "number" ? yaml.mark.line + 1 : undefined;
}

/** js-yaml's reason, in French when it is a mistake editors often make. */
export function frenchYamlReason(reason: string): string {
  return YAML_REASONS[reason.replace(/ \(\d+:\d+\)$/, "")] ?? reason;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

/** What js-yaml says of the mistakes editors make most, in their words. */
const YAML_REASONS: Record<string, string> = {
  "bad indentation of a mapping entry": "indentation incorrecte, ou deux-points dans une valeur sans guillemets",
  "duplicated mapping key": "champ écrit deux fois",
  "tab characters must not be used in indentation": "tabulation dans l’indentation",
  "unexpected end of the stream within a double quoted scalar": "guillemet ouvert jamais fermé",
  "unexpected end of the stream within a single quoted scalar": "apostrophe ouverte jamais fermée",
  "unexpected end of the stream within a flow collection": "crochet ou accolade ouvert jamais fermé",
  "end of the stream or a document separator is expected": "ligne qui n’est pas de la forme « champ: valeur »",
  "can not read an implicit mapping pair; a colon is missed":
    "il manque les deux-points après le nom du champ (« champ: valeur »)",
  "can not read a block mapping entry; a multiline key may not be an implicit key":
    "il manque les deux-points après le nom du champ (« champ: valeur »)",
};

interface ErrorLike {
  name: string;
  message: string;
  reason?: string;
  mark?: { line: number };
  lineno?: number;
  originalError?: unknown;
  cause?: unknown;
}
