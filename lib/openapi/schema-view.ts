import type { OpenApiDocument, Reference, Schema } from "./openapi-document.ts";

/**
 * How a JSON Schema reads in the reference: its type as one short label (a named schema links to
 * its own table), its properties as rows (nested objects as `parent.child`), and a sample value
 * when the description gives no example. Named schemas (`$ref`) are never expanded in place:
 * they have their own table, and a schema that refers to itself cannot loop.
 */
export function typeLabel(schema: Schema | undefined, document: OpenApiDocument): TypeLabel {
  if (!schema) return { text: "" };
  const named = refName(schema.$ref);
  if (named) return { text: named, schema: named };
  const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  const label = bareLabel(schema, document);
  return nullable ? { ...label, text: `${label.text} | null` } : label;
}

/** The rows of an object's properties, nested inline objects included up to a few levels. */
export function propertyRows(
  schema: Schema | undefined,
  document: OpenApiDocument,
  prefix = "",
  depth = 0,
): PropertyRow[] {
  const object = mergedAllOf(schema, document);
  if (!object?.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const row: PropertyRow = {
      name: `${prefix}${name}`,
      type: typeLabel(property, document),
      required: required.has(name),
      ...(property.description && { description: property.description }),
      ...(constraints(property) && { constraints: constraints(property) }),
    };
    if (property.$ref || depth >= MAX_DEPTH) return [row];
    const inner = property.type === "array" || property.items ? property.items : property;
    const innerPrefix = `${prefix}${name}${inner === property ? "." : "[]."}`;
    return [row, ...(inner && !inner.$ref ? propertyRows(inner, document, innerPrefix, depth + 1) : [])];
  });
}

/** A value that fits the schema: its example, default or first allowed value, else a placeholder of its type. */
export function sampleOf(schema: Schema | undefined, document: OpenApiDocument, seen = new Set<string>()): unknown {
  if (!schema) return undefined;
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return {};
    const target = resolveRef<Schema>(schema.$ref, document);
    return sampleOf(target, document, new Set([...seen, schema.$ref]));
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return sampleOf(variant, document, seen);
  const object = schema.allOf ? mergedAllOf(schema, document) : schema;
  const type = mainType(object);
  if (type === "object" || object?.properties) {
    const sample: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(object?.properties ?? {}))
      if (!property.writeOnly) sample[name] = sampleOf(property, document, seen);
    return sample;
  }
  if (type === "array") return [sampleOf(object?.items, document, seen)];
  if (type === "integer" || type === "number") return object?.minimum ?? 0;
  if (type === "boolean") return true;
  return SAMPLE_STRINGS[object?.format ?? ""] ?? "texte";
}

/** The object a `$ref` points to in the same document (`#/components/schemas/Carte`), if any. */
export function resolveRef<T>(ref: string, document: OpenApiDocument): T | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const part of ref.slice(2).split("/"))
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node as T | undefined;
}

/** An object that may be a `$ref`: the object itself, or what it refers to. */
export function dereference<T extends object>(
  value: T | Reference | undefined,
  document: OpenApiDocument,
): T | undefined {
  if (value && "$ref" in value && typeof value.$ref === "string") return resolveRef<T>(value.$ref, document);
  return value as T | undefined;
}

/** `#/components/schemas/Carte` → `Carte`. */
export function refName(ref: string | undefined): string | undefined {
  return ref?.startsWith("#/components/schemas/") ? ref.slice("#/components/schemas/".length) : undefined;
}

function bareLabel(schema: Schema, document: OpenApiDocument): TypeLabel {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return { text: variants.map((variant) => typeLabel(variant, document).text).join(" | ") };
  if (schema.allOf?.length === 1) return typeLabel(schema.allOf[0], document);
  if (schema.allOf) return { text: "object" };
  const type = mainType(schema);
  if (type === "array") {
    const item = typeLabel(schema.items, document);
    return { text: `${item.text || "any"}[]`, ...(item.schema && { schema: item.schema }) };
  }
  if (!type) return { text: schema.properties ? "object" : "any" };
  return { text: schema.format ? `${type} (${schema.format})` : type };
}

function mainType(schema: Schema | undefined): string | undefined {
  const type = schema?.type;
  return Array.isArray(type) ? type.find((name) => name !== "null") : type;
}

/** A schema and the parts of its `allOf`, as one object (properties and required fields together). */
function mergedAllOf(
  schema: Schema | undefined,
  document: OpenApiDocument,
  seen = new Set<string>(),
): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return undefined;
    return mergedAllOf(resolveRef<Schema>(schema.$ref, document), document, new Set([...seen, schema.$ref]));
  }
  if (!schema.allOf) return schema;
  const parts = [schema, ...schema.allOf.map((part) => mergedAllOf(part, document, seen) ?? {})];
  return {
    ...schema,
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
    required: parts.flatMap((part) => part.required ?? []),
  };
}

/** Allowed values and bounds, in French. */
export function constraints(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  const said: string[] = [];
  if (schema.enum) said.push(`valeurs : ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`);
  if (schema.default !== undefined) said.push(`par défaut : ${JSON.stringify(schema.default)}`);
  if (schema.minimum !== undefined) said.push(`minimum : ${schema.minimum}`);
  if (schema.maximum !== undefined) said.push(`maximum : ${schema.maximum}`);
  if (schema.minLength !== undefined) said.push(`au moins ${schema.minLength} caractères`);
  if (schema.maxLength !== undefined) said.push(`au plus ${schema.maxLength} caractères`);
  if (schema.pattern !== undefined) said.push(`motif : ${schema.pattern}`);
  if (schema.readOnly) said.push("en lecture seule");
  if (schema.deprecated) said.push("obsolète");
  return said.length > 0 ? said.join(" ; ") : undefined;
}

const MAX_DEPTH = 2;
const SAMPLE_STRINGS: Record<string, string> = {
  "date-time": "2026-01-15T09:30:00Z",
  date: "2026-01-15",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  uri: "https://exemple.fr/",
  url: "https://exemple.fr/",
  email: "nom@exemple.fr",
};

export interface TypeLabel {
  /** `string (date-time)`, `Carte[]`, `integer | null`… */
  text: string;
  /** The named schema it refers to, whose table the label links to. */
  schema?: string;
}

export interface PropertyRow {
  /** `nom`, or `emprise.ouest` for a property of an inline object. */
  name: string;
  type: TypeLabel;
  required: boolean;
  /** CommonMark, as the description writes it. */
  description?: string;
  /** Allowed values, bounds, default, in French. */
  constraints?: string;
}
