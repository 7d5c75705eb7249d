import { uniqueSlug } from "../markdown/slugify.ts";
import {
  HTTP_METHODS,
  type MediaType,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type RequestBody,
  type Response,
  type SecurityScheme,
} from "./openapi-document.ts";
import {
  constraints,
  dereference,
  type PropertyRow,
  propertyRows,
  sampleOf,
  type TypeLabel,
  typeLabel,
} from "./schema-view.ts";

/**
 * An OpenAPI description as a reference page reads it: its operations grouped by tag (in the
 * tags' order, then the paths'), each with its parameters, request body and responses; then its
 * named schemas. Every element that can be linked to has an id starting with `idPrefix`, unique
 * in the reference. Pure: the template (components/swaggerui/) only lays it out.
 */
export function apiReference(document: OpenApiDocument, idPrefix: string): ApiReference {
  const taken = new Set<string>();
  const id = (text: string) => `${idPrefix}-${uniqueSlug(text, taken)}`;
  const schemaIds = new Map(
    Object.keys(document.components?.schemas ?? {}).map((name) => [name, id(`schema ${name}`)]),
  );
  const link = (label: TypeLabel): TypeLink => ({
    text: label.text,
    ...(label.schema && schemaIds.has(label.schema) && { href: `#${schemaIds.get(label.schema)}` }),
  });
  const rows = (list: PropertyRow[]): PropertyView[] => list.map((row) => ({ ...row, type: link(row.type) }));
  const content = (media: Record<string, MediaType> | undefined): MediaView[] =>
    Object.entries(media ?? {}).map(([mediaType, entry]) => {
      const label = typeLabel(entry.schema, document);
      return {
        mediaType,
        type: link(label),
        // A named schema has its own table below: only an inline one is detailed here.
        rows: label.schema ? [] : rows(propertyRows(entry.schema, document)),
        examples: examplesOf(mediaType, entry, document),
      };
    });

  const groups = new Map<string, GroupView>();
  for (const tag of document.tags ?? [])
    groups.set(tag.name, { id: "", name: tag.name, description: tag.description, operations: [] });
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? UNTAGGED;
      const group = groups.get(tag) ?? { id: "", name: tag, operations: [] };
      groups.set(tag, group);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter) => dereference<Parameter>(parameter, document))
        .filter((parameter): parameter is Parameter => parameter !== undefined);
      const body = dereference<RequestBody>(operation.requestBody, document);
      group.operations.push({
        id: "",
        method: method.toUpperCase(),
        badge: METHOD_BADGES[method] ?? "",
        path,
        summary: operation.summary,
        description: operation.description,
        deprecated: operation.deprecated === true,
        security: securityOf(operation, document),
        parameters: parameters.map((parameter) => ({
          name: parameter.name,
          in: PLACES[parameter.in] ?? parameter.in,
          required: parameter.required === true || parameter.in === "path",
          type: link(typeLabel(parameter.schema, document)),
          description: parameter.description,
          ...(constraints(parameter.schema) && { constraints: constraints(parameter.schema) }),
          ...(parameter.example !== undefined && {
            example: typeof parameter.example === "string" ? parameter.example : JSON.stringify(parameter.example),
          }),
        })),
        ...(body && {
          requestBody: {
            description: body.description,
            required: body.required === true,
            contents: content(body.content),
          },
        }),
        responses: Object.entries(operation.responses ?? {}).map(([status, value]) => {
          const response = dereference<Response>(value, document);
          return { status, description: response?.description, contents: content(response?.content) };
        }),
      });
    }
  }
  const listed = [...groups.values()].filter((group) => group.operations.length > 0);
  for (const group of listed) {
    group.id = id(group.name);
    for (const operation of group.operations) operation.id = id(`${operation.method} ${operation.path}`);
  }
  return {
    title: document.info.title,
    version: document.info.version,
    description: document.info.description,
    servers: document.servers ?? [],
    groups: listed,
    schemas: Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => ({
      id: schemaIds.get(name)!,
      name,
      type: link(typeLabel({ ...schema, $ref: undefined }, document)),
      description: schema.description,
      rows: rows(propertyRows(schema, document)),
    })),
  };
}

function examplesOf(mediaType: string, media: MediaType, document: OpenApiDocument): ExampleView[] {
  const language = /json/.test(mediaType)
    ? "json"
    : /xml/.test(mediaType)
      ? "xml"
      : /yaml/.test(mediaType)
        ? "yaml"
        : "plain";
  const code = (value: unknown) =>
    typeof value === "string" && language !== "json" ? value : JSON.stringify(value, null, 2);
  if (media.example !== undefined) return [{ code: code(media.example), language, generated: false }];
  const named = Object.entries(media.examples ?? {}).flatMap(([name, value]) => {
    const example = dereference<{ summary?: string; value?: unknown }>(value, document);
    return example?.value === undefined
      ? []
      : [{ title: example.summary ?? name, code: code(example.value), language, generated: false }];
  });
  if (named.length > 0) return named;
  const sample = sampleOf(media.schema, document);
  return sample === undefined || language !== "json" ? [] : [{ code: code(sample), language, generated: true }];
}

function securityOf(operation: Operation, document: OpenApiDocument): string[] {
  const requirements = operation.security ?? document.security ?? [];
  return requirements.flatMap((requirement) =>
    Object.keys(requirement).map((name) => {
      const scheme = dereference<SecurityScheme>(document.components?.securitySchemes?.[name], document);
      return scheme?.type === "http" && scheme.scheme ? `${name} (HTTP ${scheme.scheme})` : name;
    }),
  );
}

const UNTAGGED = "Autres opérations";
const PLACES: Record<string, string> = { path: "chemin", query: "requête", header: "en-tête", cookie: "cookie" };
/** The DSFR badge of each method, as API references colour them. */
const METHOD_BADGES: Record<string, string> = {
  get: "fr-badge--info",
  post: "fr-badge--success",
  put: "fr-badge--warning",
  patch: "fr-badge--new",
  delete: "fr-badge--error",
};

export interface ApiReference {
  title: string;
  version: string;
  description?: string;
  servers: { url: string; description?: string }[];
  groups: GroupView[];
  schemas: { id: string; name: string; type: TypeLink; description?: string; rows: PropertyView[] }[];
}

export interface GroupView {
  id: string;
  name: string;
  description?: string;
  operations: OperationView[];
}

export interface OperationView {
  id: string;
  /** GET, POST… */
  method: string;
  /** The DSFR badge class of the method. */
  badge: string;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** The security schemes it needs, by name. */
  security: string[];
  parameters: {
    name: string;
    /** Where it goes, in French: chemin, requête, en-tête, cookie. */
    in: string;
    required: boolean;
    type: TypeLink;
    description?: string;
    /** Allowed values, bounds, default, in French. */
    constraints?: string;
    example?: string;
  }[];
  requestBody?: { description?: string; required: boolean; contents: MediaView[] };
  responses: { status: string; description?: string; contents: MediaView[] }[];
}

export interface MediaView {
  mediaType: string;
  type: TypeLink;
  /** The properties of an inline schema; a named one has its own table. */
  rows: PropertyView[];
  examples: ExampleView[];
}

export interface ExampleView {
  title?: string;
  code: string;
  language: string;
  /** Made from the schema, the description giving none. */
  generated: boolean;
}

export type PropertyView = Omit<PropertyRow, "type"> & { type: TypeLink };

/** A type's label, and the anchor of its schema's table when it names one. */
export interface TypeLink {
  text: string;
  href?: string;
}
