import type { z } from "zod";
import { closest } from "../shared/closest.ts";
import { unwrapSchema } from "./unwrap-schema.ts";

/**
 * Says each schema violation in French for editors: which field, what was received,
 * what is expected, and the closest valid name or value when one is near.
 */
export function frenchIssues(schema: z.ZodType, input: unknown, issues: z.core.$ZodIssue[]): FrenchIssue[] {
  const said = issues.flatMap((issue) => {
    const field = issue.path.join(".");
    const at = field ? `« ${field} »` : "";
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => {
          const known = knownKeysAt(schema, issue.path);
          const suggestion = closest(key, known);
          const name = [...issue.path, key].join(".");
          return {
            field: name,
            message: `paramètre « ${name} » inconnu`,
            fix: suggestion
              ? `vouliez-vous dire « ${[...issue.path, suggestion].join(".")} » ?`
              : `paramètres possibles : ${known.join(", ")}`,
          };
        });
      case "invalid_type": {
        const received = valueAt(input, issue.path);
        if (!field)
          return [
            {
              field,
              message: `paramètres : ${typeName(issue.expected)} attendu, ${describe(received)} reçu`,
              fix: "écrivez les paramètres entre accolades : { nom: valeur, … }",
            },
          ];
        if (received === undefined)
          return [
            {
              field,
              message: `paramètre ${at} obligatoire manquant`,
              fix: `ajoutez ${at} (${typeName(issue.expected)})`,
            },
          ];
        return [
          {
            field,
            message: `paramètre ${at} : ${typeName(issue.expected)} attendu, ${describe(received)} reçu`,
            fix: `écrivez ${at} comme ${typeName(issue.expected)}`,
          },
        ];
      }
      case "invalid_value": {
        const received = valueAt(input, issue.path);
        const values = issue.values.map(String);
        const suggestion = closest(String(received), values);
        return [
          {
            field,
            message: `valeur ${JSON.stringify(received)} invalide pour ${at}`,
            fix: `${suggestion ? `vouliez-vous dire "${suggestion}" ? ` : ""}valeurs possibles : ${values.join(", ")}`,
          },
        ];
      }
      case "too_small":
        return [{ field, message: `paramètre ${at} vide`, fix: `renseignez ${at}` }];
      case "invalid_format":
        return [
          {
            field,
            message: `paramètre ${at} : ${FORMATS[issue.format] ?? issue.message} attendu, ${describe(valueAt(input, issue.path))} reçu`,
            fix: `corrigez ${at}`,
          },
        ];
      case "invalid_union":
        return [
          {
            field,
            message: `paramètre ${at} : valeur ${describe(valueAt(input, issue.path))} non reconnue`,
            fix: `corrigez ${at}`,
          },
        ];
      case "custom":
        return [{ field, message: issue.message, fix: String(issue.params?.fix ?? "") }];
      default:
        return [{ field, message: `paramètre ${at} invalide (${issue.message})`, fix: `corrigez ${at}` }];
    }
  });
  // A misspelt name is also a missing one: say it once, as the misspelling with its fix.
  const suggested = new Set(said.flatMap((issue) => /^vouliez-vous dire « (.+) » \?$/.exec(issue.fix)?.[1] ?? []));
  return said.filter((issue) => !(suggested.has(issue.field) && issue.message.endsWith("obligatoire manquant")));
}

/** Field names an object schema accepts at `path`. */
export function knownKeysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) break;
    const node = unwrapSchema(current) as { element?: z.ZodType; shape?: Record<string, z.ZodType> };
    current = typeof key === "number" ? node.element : node.shape?.[String(key)];
  }
  return current ? Object.keys((unwrapSchema(current) as { shape?: object }).shape ?? {}) : [];
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "une liste";
  if (value === null) return "une valeur vide";
  return `${TYPE_NAMES[typeof value] ?? typeof value} ${JSON.stringify(value)}`.trim();
}

const FORMATS: Record<string, string> = {
  date: "une date AAAA-MM-JJ",
  url: "une adresse https://…",
};

const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  boolean: "true ou false",
  object: "un objet { … }",
  array: "une liste [ … ]",
};

export interface FrenchIssue {
  /** Dotted path of the field (`link.url`). */
  field: string;
  message: string;
  fix: string;
}
