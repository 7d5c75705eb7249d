/** Whether HTML starts with a block element (a paragraph, a list…), so that it must not be put in a paragraph. */
export function isBlockHtml(html: unknown): boolean {
  return BLOCK_START.test(String(html ?? ""));
}

const BLOCK_START = /^\s*<(?:p|div|ul|ol|dl|table|h[1-6]|blockquote|pre|figure|section|details|hr|nav|aside)[\s/>]/i;
