import { readFileSync } from "node:fs";

/** 1-based line of the first occurrence of `needle` in a source file, or undefined. */
export function lineOf(file: string, needle: string | RegExp): number | undefined {
  return nthLineOf(file, needle, 1);
}

/** 1-based line of the n-th occurrence of `needle` (a string, or a RegExp with the g flag). */
export function nthLineOf(file: string, needle: string | RegExp, n: number): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return nthLineIn(text, needle, n);
}

/** 1-based line of the n-th occurrence of `needle` in a text already read. */
export function nthLineIn(text: string, needle: string | RegExp, n = 1): number | undefined {
  const pattern = typeof needle === "string" ? new RegExp(escapeRegExp(needle), "g") : new RegExp(needle.source, "g");
  let index = -1;
  for (let seen = 0; seen < n; seen++) {
    const match = pattern.exec(text);
    if (!match) return undefined;
    index = match.index;
  }
  return lineAt(text, index);
}

/** 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < index; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
