/**
 * The YAML between the opening `---` and the closing one, starting with the line break after
 * `---` as gray-matter passes it to js-yaml (so that js-yaml's line 0 is the `---` line).
 * Unreadable front matter is reported by lib/eleventy/page-errors.ts, which reads it as Eleventy does.
 */
export function frontMatterOf(text: string): string | undefined {
  const match = /^---[^\S\n]*(\r?\n[\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(text);
  return match?.[1];
}
