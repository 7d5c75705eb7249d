import { z } from "zod";

const commonParams = {
  id: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/, "un identifiant HTML (une lettre, puis lettres, chiffres, - ou _)")
    .optional()
    .describe("Identifiant HTML de l’élément ; généré, unique dans la page, s’il est absent."),
};

/**
 * Declares a component: its parameters (the schema that validates editors' calls, types the
 * template data and writes the editor guide), the rules that tie parameters together, what it
 * derives for its template, and its documented examples (shown in the guide, rendered by the tests).
 */
export function defineComponent<Shape extends z.ZodRawShape>(definition: {
  name: string;
  label: string;
  description: string;
  params: Shape;
  /** Rules across parameters (« url or externalUrl, not both »), in French. */
  refine?: (params: z.output<z.ZodObject<Shape>>) => ParamProblem[];
  /** Fills what the template derives from the parameters (ids of inner elements…), once the call is valid. */
  prepare?: (params: z.output<z.ZodObject<Shape>> & PreparedParams) => void;
  examples: ComponentExample[];
}): ComponentDefinition {
  const { refine, prepare, ...rest } = definition;
  const object = z.object({ ...commonParams, ...definition.params }).strict();
  const schema = refine
    ? object.superRefine((value, context) => {
        for (const problem of refine(value as z.output<z.ZodObject<Shape>>)) {
          context.addIssue({
            code: "custom",
            path: problem.field ? problem.field.split(".") : [],
            message: problem.message,
            params: { fix: problem.fix },
          });
        }
      })
    : object;
  return { ...rest, schema, prepare: prepare as ComponentDefinition["prepare"] };
}

export interface ComponentDefinition {
  /** Name editors write: `component("tile", …)`. */
  name: string;
  /** French name, for the editor guide. */
  label: string;
  /** What it is for, in French. */
  description: string;
  schema: z.ZodObject;
  prepare?: (params: Record<string, unknown> & PreparedParams) => void;
  examples: ComponentExample[];
}

/** A documented call: shown live with its source in the editor guide, and rendered by the tests. */
export interface ComponentExample {
  title: string;
  params: Record<string, unknown>;
}

/** What every valid call carries once resolved: its element id and, when it has a title, the title's tag. */
export interface PreparedParams {
  id: string;
  title_tag?: string;
}

/** A broken rule between parameters, said to the editor. */
export interface ParamProblem {
  /** Dotted path of the parameter at fault, empty for the call as a whole. */
  field: string;
  message: string;
  fix: string;
}
