import { closest } from "../checks/closest.ts";
import { frenchIssues, type FrenchIssue } from "../schema/french-issues.ts";
import type { ComponentDefinition } from "./define-component.ts";

/**
 * Validates one `component(name, params)` call against the registry: the template to include
 * with its parsed parameters, or what is wrong, in French.
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
  if (!result.success) return { problems: frenchIssues(definition.schema, input, result.error.issues) };
  return { template: `components/${definition.name}/template.njk`, params: result.data, problems: [] };
}

export interface ResolvedComponent {
  template?: string;
  params?: Record<string, unknown>;
  problems: FrenchIssue[];
}
