import nunjucks from "nunjucks";
import type { z } from "zod";
import type { ContainerDefinition } from "../markdown/define-container.ts";
import { frenchTypography } from "../markdown/french-typography.ts";
import { type SchemaField, schemaFields } from "../schema/schema-fields.ts";
import { componentCallSource } from "./component-call-source.ts";
import type { ComponentDefinition } from "./define-component.ts";

/**
 * What the editor guide (« Rédiger une page ») shows, derived from the schemas and the
 * definitions the build uses: the front matter fields, and for each component and container
 * its parameters, its examples and their source to copy.
 */
export function editorGuideData(
  frontMatter: z.ZodType,
  components: ComponentDefinition[],
  containers: ContainerDefinition[],
): EditorGuide {
  const labels = new Map(components.map((definition) => [definition.name, definition.label]));
  return {
    frontMatter: fieldsTable("champs-en-tete", "Champs de l’en-tête", "Champ", schemaFields(frontMatter)),
    components: components.map((definition) => ({
      name: definition.name,
      label: definition.label,
      description: definition.description,
      params: fieldsTable(
        `parametres-${definition.name}`,
        `Paramètres du composant « ${definition.name} »`,
        "Paramètre",
        schemaFields(definition.schema),
      ),
      examples: definition.examples.map((example) => ({
        ...example,
        source: componentCallSource(definition.name, example.params),
      })),
    })),
    containers: containers.map((definition) => ({
      name: definition.name,
      label: definition.label,
      description: definition.description,
      openings: openingsOf(definition),
      closing: definition.marker.repeat(3),
      argument: definition.argument,
      component: { name: definition.component, label: labels.get(definition.component) ?? definition.component },
      examples: definition.examples,
    })),
  };
}

/** A list of fields as the parameters of the `table` component, its cells already HTML. */
function fieldsTable(id: string, title: string, nameHeader: string, fields: SchemaField[]): TableParams {
  return {
    id,
    title,
    headers: [nameHeader, "Valeur", "Obligatoire", "Description"],
    data: fields.map((field) => [
      safe(`<code>${escapeHtml(field.name)}</code>`),
      safe(
        escapeHtml(field.type) +
          (field.values ? ` : ${field.values.map((value) => `<code>${escapeHtml(value)}</code>`).join(", ")}` : ""),
      ),
      safe(field.required ? "oui" : "non"),
      safe(escapeHtml(frenchTypography(field.description))),
    ]),
  };
}

function openingsOf(definition: ContainerDefinition): string[] {
  const marker = definition.marker.repeat(3);
  if (definition.keywords) return definition.keywords.map((keyword) => `${marker}${keyword}`);
  return [`${marker} Titre`, ...(definition.group ? [`${marker} ${definition.group.keyword}`] : [])];
}

function safe(html: string): nunjucks.runtime.SafeString {
  return new nunjucks.runtime.SafeString(html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface EditorGuide {
  frontMatter: TableParams;
  components: {
    name: string;
    label: string;
    description: string;
    params: TableParams;
    examples: { title: string; params: Record<string, unknown>; source: string }[];
  }[];
  containers: {
    name: string;
    label: string;
    description: string;
    /** The opening lines it takes (`:::info`, `??? Titre`…). */
    openings: string[];
    /** Its closing line (`:::`, `???`). */
    closing: string;
    argument: string;
    component: { name: string; label: string };
    examples: { title: string; source: string }[];
  }[];
}

/** Parameters of the `table` component's template. */
interface TableParams {
  id: string;
  title: string;
  headers: string[];
  data: nunjucks.runtime.SafeString[][];
}
