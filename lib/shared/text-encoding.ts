/**
 * The 1-based line of the first byte sequence that is not UTF-8, or undefined when the whole
 * file is UTF-8: a page saved as Latin-1 or Windows-1252 would be published with « � » instead
 * of its accents.
 */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    STRICT.decode(bytes);
    return undefined;
  } catch {
    const text = LENIENT.decode(bytes);
    const index = text.indexOf("\uFFFD");
    return index < 0 ? 1 : text.slice(0, index).split("\n").length;
  }
}

const STRICT = new TextDecoder("utf-8", { fatal: true });
const LENIENT = new TextDecoder("utf-8");
