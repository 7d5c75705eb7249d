/**
 * The front matter block of a page's text, as gray-matter (Eleventy's reader) finds it: between
 * the opening `---` and the closing one.
 */

/** The YAML of the block, starting with the line break after `---` as gray-matter hands it to js-yaml (whose line 0 is then the `---` line). */
export function frontMatterOf(text: string): string | undefined {
  const match = /^---[^\S\n]*(\r?\n[\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(text);
  return match?.[1];
}

/** The number of lines before the page's body: the block's, both delimiters included (0 without a block). */
export function bodyOffset(text: string): number {
  const match = /^---[^\S\n]*\r?\n[\s\S]*?\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0) : 0;
}
