/** HTML's whitespace, by character code: space, tab, line feed, carriage return, form feed. */
export function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}
