/**
 * A Markdown container: a shortcut editors write around Markdown (`:::info Titre` … `:::`) that
 * renders a component with the content as HTML, so that it has the component's exact markup.
 */
export interface ContainerDefinition {
  /** Name of its page in the editor guide. */
  name: string;
  /** French name, for the editor guide. */
  label: string;
  /** What it is for, in French. */
  description: string;
  /** The character repeated (three times or more) on its opening and closing lines. */
  marker: ":" | "?";
  /** Words that open it after the marker (`info`, `warning`…); without any, the text after the marker is its argument. */
  keywords?: string[];
  /** Words editors may bring from other tools, and the keyword to suggest instead (`note` → `info`). */
  synonyms?: Record<string, string>;
  /** What follows the keyword on the opening line, for the editor guide (« un titre, facultatif »). */
  argument: string;
  /** The component it renders. */
  component: string;
  /** The component's parameters: from the opening line and the content, already rendered to HTML. */
  toParams(opening: ContainerOpening, content: string): Record<string, unknown>;
  /** What is wrong with a use of it, in French (a title where none is taken, an empty content…). */
  check?(opening: ContainerOpening, content: string): ContainerProblem[];
  /** An opening line that gathers the containers inside it into one component (`??? accordionsgroup`). */
  group?: { keyword: string; toParams(members: Record<string, unknown>[]): Record<string, unknown> };
  /** Documented uses: Markdown shown in the editor guide with its rendering, and rendered by the tests. */
  examples: { title: string; source: string }[];
}

export interface ContainerOpening {
  keyword?: string;
  /** The rest of the opening line, trimmed. */
  argument: string;
}

export interface ContainerProblem {
  message: string;
  fix: string;
}
