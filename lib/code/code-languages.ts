/**
 * The languages editors may write after a code fence: the name readers see above the block, the
 * Prism grammar that colours it, and the other names accepted. `njk` has no grammar of its own:
 * Django's (Jinja's model, the same delimiters) is the closest.
 */
export const CODE_LANGUAGES: Record<string, CodeLanguage> = {
  bash: { label: "Bash", prism: "bash", aliases: ["sh", "shell", "zsh"] },
  css: { label: "CSS", prism: "css" },
  csv: { label: "CSV", prism: "csv" },
  diff: { label: "Diff", prism: "diff" },
  html: { label: "HTML", prism: "markup" },
  javascript: { label: "JavaScript", prism: "javascript", aliases: ["js"] },
  json: { label: "JSON", prism: "json", aliases: ["geojson"] },
  markdown: { label: "Markdown", prism: "markdown", aliases: ["md"] },
  njk: { label: "Nunjucks", prism: "django", aliases: ["nunjucks", "jinja"] },
  python: { label: "Python", prism: "python", aliases: ["py"] },
  sql: { label: "SQL", prism: "sql" },
  typescript: { label: "TypeScript", prism: "typescript", aliases: ["ts"] },
  xml: { label: "XML", prism: "markup", aliases: ["svg", "gml"] },
  yaml: { label: "YAML", prism: "yaml", aliases: ["yml"] },
};

/** Fence names that mean "no colouring, on purpose": they never raise a warning. */
export const PLAIN_LANGUAGES = new Set(["", "plain", "text", "txt", "plaintext"]);

/** What a fence's language name means: a known language, plain text, or a name nobody knows. */
export function resolveLanguage(name: string): ResolvedLanguage {
  const key = name.trim().toLowerCase();
  if (PLAIN_LANGUAGES.has(key)) return { kind: "plain" };
  const id = BY_NAME.get(key);
  if (id) return { kind: "known", id, language: CODE_LANGUAGES[id]! };
  return { kind: "unknown", name: name.trim() };
}

/** Every name accepted after a fence, sorted: the editor guide lists them, the warning suggests the closest. */
export function acceptedLanguageNames(): string[] {
  return [...BY_NAME.keys()].sort();
}

const BY_NAME = new Map<string, string>();
for (const [id, language] of Object.entries(CODE_LANGUAGES)) {
  BY_NAME.set(id, id);
  for (const alias of language.aliases ?? []) BY_NAME.set(alias, id);
}

export interface CodeLanguage {
  /** Shown to readers above the block. */
  label: string;
  /** Prism's grammar (a file of prismjs/components). */
  prism: string;
  /** Other names editors may write after the fence. */
  aliases?: string[];
}

export type ResolvedLanguage =
  | { kind: "known"; id: string; language: CodeLanguage }
  | { kind: "plain" }
  | { kind: "unknown"; name: string };
