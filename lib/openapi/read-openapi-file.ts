import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { frenchYamlReason } from "../pipeline/eleventy-error.ts";
import { lineAt } from "../shared/source-line.ts";
import type { OpenApiDocument } from "./openapi-document.ts";

/**
 * Reads an OpenAPI description from a file of the project, JSON or YAML: the document, or what
 * keeps it from being read, in French, with the line of the file at fault when there is one.
 */
export function readOpenApiFile(file: string): OpenApiFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { problem: { message: `description OpenAPI introuvable : ${file}`, fix: FIX_MISSING } };
  }
  const parsed = /\.json$/i.test(file) ? parseJson(text) : parseYaml(text);
  if ("problem" in parsed) return parsed;
  return checkShape(parsed.value);
}

function parseJson(text: string): { value: unknown } | OpenApiProblem {
  try {
    return { value: JSON.parse(text) };
  } catch (cause) {
    const message = (cause as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1]);
    return {
      problem: {
        message: `description OpenAPI illisible : JSON invalide (${message.replace(/ in JSON at position \d+.*$/, "")})`,
        fix: "vérifiez les virgules, guillemets et accolades à cette ligne",
        ...(Number.isFinite(position) && { line: lineAt(text, position) }),
      },
    };
  }
}

/** With js-yaml, as the pages' front matter: the same messages for the same mistakes. */
function parseYaml(text: string): { value: unknown } | OpenApiProblem {
  try {
    return { value: yaml.load(text) };
  } catch (cause) {
    if (!(cause instanceof yaml.YAMLException)) throw cause;
    return {
      problem: {
        message: `description OpenAPI illisible : YAML invalide (${frenchYamlReason(cause.reason)})`,
        fix: "vérifiez l’indentation (des espaces, pas de tabulation), les deux-points et les guillemets de cette ligne",
        line: cause.mark.line + 1,
      },
    };
  }
}

function checkShape(value: unknown): OpenApiFile {
  const document = value as Partial<OpenApiDocument> & { swagger?: unknown };
  if (!document || typeof document !== "object")
    return { problem: { message: "description OpenAPI vide", fix: FIX_SHAPE } };
  if (document.swagger !== undefined)
    return {
      problem: {
        message: `description Swagger ${String(document.swagger)} : seules les descriptions OpenAPI 3 sont lues`,
        fix: "convertissez-la en OpenAPI 3 (par exemple avec swagger2openapi), puis remplacez le fichier",
      },
    };
  if (typeof document.openapi !== "string" || !/^3\.[01]\./.test(document.openapi))
    return {
      problem: {
        message: `version OpenAPI ${document.openapi === undefined ? "absente" : `« ${String(document.openapi)} » non lue`}`,
        fix: FIX_SHAPE,
      },
    };
  if (typeof document.info?.title !== "string")
    return { problem: { message: "description OpenAPI sans « info.title »", fix: FIX_SHAPE } };
  return { document: document as OpenApiDocument };
}

const FIX_MISSING =
  "enregistrez le fichier dans le projet (public/…, publié tel quel) et donnez son adresse depuis la racine du site, ou son chemin depuis la page";
const FIX_SHAPE =
  "le fichier doit commencer par « openapi: 3.0.3 » (ou 3.1.0) et « info: { title, version } » (https://spec.openapis.org/oas/v3.1.0)";

export type OpenApiFile = { document: OpenApiDocument } | OpenApiProblem;

export interface OpenApiProblem {
  problem: { message: string; fix: string; line?: number };
}
