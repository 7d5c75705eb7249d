import path from "node:path";
import { error, type Finding } from "../checks/finding.ts";
import { BUILD_STEPS, fileSystemFinding } from "./file-system-error.ts";

/**
 * Turns an exception Eleventy threw (a YAML or Nunjucks syntax error…) into a finding an editor
 * can act on: the source file and line, and the cause without a stack trace.
 */
export function eleventyErrorFinding(cause: unknown, outputDir = ""): Finding {
  const refused = fileSystemFinding(BUILD_STEPS.render, cause, outputDir);
  if (refused) return refused;
  const chain = causeChain(cause);
  const text = chain.map((item) => item.message).join("\n");
  const file = /(?:^|[\s(])\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:md|njk|html|json|js))\b/m.exec(text)?.[1] ?? "";
  const line = lineIn(chain);
  const yaml = chain.find((item) => item.name === "YAMLException");
  if (yaml) return yamlErrorFinding(file, yaml, line);
  const root = chain[chain.length - 1]!;
  // Said by lib/eleventy/commonjs-data-hooks.ts, with the data file and its line.
  const data = /^JavaScript illisible dans (\S+):(\d+) \((.*)\)$/.exec(root.message);
  if (data) {
    return error(
      "data-syntax",
      data[1]!,
      `données du dossier : JavaScript illisible (${data[3]})`,
      "vérifiez les accolades, les crochets, les virgules et les guillemets de cette ligne et de celles d’avant",
      Number(data[2]),
    );
  }
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
    `la construction a échoué : ${frenchRuntimeError(root.message)}`,
    "corrigez la page indiquée puis relancez la construction",
    line,
  );
}

/** A front matter js-yaml could not read, said in French at its line. */
export function yamlErrorFinding(
  file: string,
  yaml: { reason?: string; message: string; mark?: { line: number; buffer?: string } },
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
function yamlLine(yaml: { reason?: string; mark?: { line: number; buffer?: string } }): number | undefined {
  if (typeof yaml.mark?.line !== "number") return undefined;
  // A quote or bracket never closed is found at the end of the front matter: the line that opens it is the one to fix.
  const opened = UNCLOSED.test(yaml.reason ?? "") && yaml.mark.buffer ? openingLine(yaml.mark.buffer) : undefined;
  return (opened ?? yaml.mark.line) + 1;
}

const UNCLOSED = /^(unexpected end of the stream within a|missed comma between flow collection entries)/;

/** The 0-based line where the last quote or bracket still open at the end of `text` opens (js-yaml counts lines from 0). */
function openingLine(text: string): number | undefined {
  const open: { char: string; line: number }[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const inside = open.at(-1)?.char;
    if (char === "\n") line++;
    else if (inside === '"' || inside === "'") {
      if (char === "\\" && inside === '"') i++;
      else if (char === inside) open.pop();
    } else if (char === "#" && /\s/.test(text[i - 1] ?? " ")) {
      // A comment runs to the end of the line.
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if ((char === '"' || char === "'") && /[\s:[{,-]/.test(text[i - 1] ?? " ")) open.push({ char, line });
    else if (char === "[" || char === "{") open.push({ char, line });
    else if (char === "]" || char === "}") open.pop();
  }
  return open[0]?.line;
}

/** js-yaml's reason, in French when it is a mistake editors often make. */
export function frenchYamlReason(reason: string): string {
  return YAML_REASONS[reason.replace(/ \(\d+:\d+\)$/, "")] ?? reason;
}

/**
 * Nunjucks' errors met while rendering, in French, wherever its message says them (after a
 * `(file) [Line …]` first line); others by their first line.
 */
function frenchRuntimeError(message: string): string {
  const template = /template not found: (.+)$/m.exec(message)?.[1];
  if (template) return `fichier « ${template.trim()} » introuvable (inclusion ou import)`;
  const filter = /filter not found: (.+)$/m.exec(message)?.[1];
  if (filter) return `filtre « ${filter.trim()} » inconnu`;
  const call = /Unable to call `([^`]+)`, which is undefined or falsey/.exec(message)?.[1];
  if (call) return `fonction « ${call}() » inconnue`;
  return firstLine(message);
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
