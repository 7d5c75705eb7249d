import { z } from "zod";

const commonParams = {
  id: z.string().regex(/^[A-Za-z][\w-]*$/).optional().describe("Identifiant HTML de l’élément ; généré, unique dans la page, s’il est absent."),
};

/**
 * Declares a component: its parameters (the schema that validates editors' calls, types the
 * template data and writes the editor guide) and its documented examples (rendered by the tests).
 */
export function defineComponent<Shape extends z.ZodRawShape>(definition: {
  name: string;
  label: string;
  description: string;
  params: Shape;
  examples: { title: string; params: Record<string, unknown> }[];
}): ComponentDefinition {
  return { ...definition, schema: z.object({ ...commonParams, ...definition.params }).strict() };
}

export interface ComponentDefinition {
  /** Name editors write: `component("tile", …)`. */
  name: string;
  /** French name, for the editor guide. */
  label: string;
  /** What it is for, in French. */
  description: string;
  schema: z.ZodObject;
  examples: { title: string; params: Record<string, unknown> }[];
}
