import path from "node:path";
import { error, type Finding } from "../checks/finding.ts";

/**
 * Turns an exception Eleventy threw (a YAML or Nunjucks syntax error…) into a finding an editor
 * can act on: the source file and line, and the cause without a stack trace.
 */
export function eleventyErrorFinding(cause: unknown): Finding {
  const chain = causeChain(cause);
  const text = chain.map((item) => item.message).join("\n");
  const file = /\(\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:md|njk|html|json|js))\)/.exec(text)?.[1] ?? "";
  const line = lineIn(chain);
  const yaml = chain.find((item) => item.name === "YAMLException");
  if (yaml) {
    return error("front-matter-yaml", file, `en-tête YAML illisible : ${firstLine(yaml.reason ?? yaml.message)}`, "vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne", line);
  }
  const root = chain[chain.length - 1];
  const nunjucks = /\[Line (\d+), Column \d+\]\s*([\s\S]*)/.exec(root.message);
  if (nunjucks) {
    return error("template-syntax", file, `syntaxe Nunjucks invalide : ${firstLine(nunjucks[2].trim())}`, "vérifiez les balises {{ … }} et {% … %} de cette ligne (accolades, guillemets, parenthèses)", line ?? Number(nunjucks[1]));
  }
  return error("build-failed", file || path.join("content"), `la construction a échoué : ${firstLine(root.message)}`, "corrigez la page indiquée puis relancez la construction", line);
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
    if (typeof item.mark?.line === "number") return item.mark.line + 1 + frontMatterOffset(item);
    if (typeof item.lineno === "number") return item.lineno;
  }
  return undefined;
}

/** js-yaml counts lines from the start of the front matter, after the opening `---`. */
function frontMatterOffset(item: ErrorLike): number {
  return item.name === "YAMLException" ? 1 : 0;
}

function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}

interface ErrorLike {
  name: string;
  message: string;
  reason?: string;
  mark?: { line: number };
  lineno?: number;
  originalError?: unknown;
  cause?: unknown;
}
