import { type FrenchIssue, frenchIssues } from "../schema/french-issues.ts";
import { closest } from "../shared/closest.ts";
import type { ComponentDefinition, PreparedParams } from "./define-component.ts";

/**
 * Validates one `component(name, params)` call against the registry: the component with its
 * parsed parameters, or what is wrong, in French.
 */
export function resolveComponent(
  registry: Map<string, ComponentDefinition>,
  name: unknown,
  params: unknown,
): ResolvedComponent {
  const definition = registry.get(String(name));
  if (!definition) {
    const suggestion = closest(String(name), registry.keys());
    return {
      problems: [
        {
          field: "",
          message: `composant "${String(name)}" inconnu`,
          fix: `${suggestion ? `vouliez-vous dire "${suggestion}" ? ` : ""}composants disponibles : ${[...registry.keys()].sort().join(", ")}`,
        },
      ],
    };
  }
  const input = params ?? {};
  const result = definition.schema.safeParse(input);
  if (!result.success) return { definition, problems: frenchIssues(definition.schema, input, result.error.issues) };
  return { definition, params: result.data, problems: [] };
}

/**
 * Completes a valid call for its template: the element id, the title's tag where the
 * component has one (the one the editor chose, or the one that fits where it sits), then
 * what the component derives (ids of its inner elements…).
 */
export function prepareParams(
  definition: ComponentDefinition,
  params: Record<string, unknown>,
  defaults: { id: string; titleTag: string },
): Record<string, unknown> & PreparedParams {
  const prepared = { ...params, id: (params.id as string | undefined) ?? defaults.id } as Record<string, unknown> &
    PreparedParams;
  if ("title_tag" in definition.schema.shape) prepared.title_tag ??= defaults.titleTag;
  definition.prepare?.(prepared);
  return prepared;
}

export interface ResolvedComponent {
  definition?: ComponentDefinition;
  params?: Record<string, unknown>;
  problems: FrenchIssue[];
}
