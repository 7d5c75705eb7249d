import type { z } from "zod";

/**
 * The schema that says what a value looks like under its wrappers: optional, default and
 * nullable are peeled off, a pipe is followed to the side that is not a transform
 * (a preprocess leads to its target schema, a transform back to its input).
 */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let next = inner(current); next; next = inner(current)) current = next;
  return current;
}

/** Whether a parameter may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return ["optional", "default"].includes(schema.def.type);
}

/** A piece of metadata (`description`, `html`…) set on a schema or on one it wraps. */
export function metaOf(schema: z.ZodType, key: string): unknown {
  for (let current: z.ZodType | undefined = schema; current; current = inner(current)) {
    const value = current.meta()?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

function inner(schema: z.ZodType): z.ZodType | undefined {
  const def = schema.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
  if (def.innerType) return def.innerType;
  if (def.type === "pipe" && def.in && def.out) return def.in.def.type === "transform" ? def.out : def.in;
  return undefined;
}
