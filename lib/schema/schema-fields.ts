import type { z } from "zod";
import { isOptional, metaOf, unwrapSchema } from "./unwrap-schema.ts";

/**
 * The fields of an object schema as the editor guide lists them, nested fields after their
 * parent (`eleventyNavigation.key`, `items[].title`): the guide is generated from the schema
 * that validates pages and components, so it cannot say something the build does not check.
 */
export function schemaFields(schema: z.ZodType, prefix = ""): SchemaField[] {
  const shape = (unwrapSchema(schema) as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const inner = unwrapSchema(field);
    const row: SchemaField = {
      name,
      type: typeLabel(field),
      values: valuesOf(inner),
      required: !isOptional(field),
      html: metaOf(field, "html") === true,
      description: String(metaOf(field, "description") ?? ""),
    };
    const element = inner.def.type === "array" ? unwrapSchema((inner as z.ZodArray).element as z.ZodType) : undefined;
    if (inner.def.type === "object") return [row, ...schemaFields(inner, `${name}.`)];
    if (element?.def.type === "object") return [row, ...schemaFields(element, `${name}[].`)];
    return [row];
  });
}

/** The kind of value a field takes, in French. */
export function typeLabel(schema: z.ZodType): string {
  const inner = unwrapSchema(schema);
  if (metaOf(schema, "html") === true) return "HTML";
  const def = inner.def as { type: string; format?: string; options?: z.ZodType[]; element?: z.ZodType };
  switch (def.type) {
    case "string":
      return FORMATS[def.format ?? ""] ?? "texte";
    case "number":
      return "nombre";
    case "boolean":
      return "true ou false";
    case "date":
      return FORMATS.date;
    case "literal": {
      const values = [...(inner as z.ZodLiteral).values];
      return values.length === 1 ? String(values[0]) : "une valeur parmi";
    }
    case "enum":
      return "une valeur parmi";
    case "union":
      return [...new Set(def.options!.map((option) => typeLabel(option)))].join(" ou ");
    case "array": {
      const element = typeLabel(def.element!);
      return element.startsWith("objet") ? "liste d’objets { … }" : `liste (${element})`;
    }
    case "object":
    case "record":
      return "objet { … }";
    default:
      return def.type;
  }
}

function valuesOf(schema: z.ZodType): string[] | undefined {
  if (schema.def.type === "enum") return (schema as z.ZodEnum).options.map(String);
  if (schema.def.type === "literal" && (schema as z.ZodLiteral).values.size > 1)
    return [...(schema as z.ZodLiteral).values].map(String);
  return undefined;
}

const FORMATS: { date: string; [format: string]: string } = {
  date: "date AAAA-MM-JJ",
  url: "adresse https://…",
};

export interface SchemaField {
  /** Dotted name, as the editor writes it (`link.url`, `items[].title`). */
  name: string;
  /** The kind of value, in French (« texte », « true ou false », « liste (texte) »…). */
  type: string;
  /** The values it accepts, when they are a short list. */
  values?: string[];
  required: boolean;
  /** Written as HTML in the page (every other field is escaped). */
  html: boolean;
  description: string;
}
