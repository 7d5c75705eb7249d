/**
 * Strings read out of built pages and kept in the site model, each kept once and apart from its
 * page. V8 makes a slice of a long string (an attribute value, a link's text) a pointer into the
 * whole string: one value kept from a page kept its 30–60 KB of HTML alive. At 4,000 pages that
 * was 200 MB more memory, and a third of the checks' time spent by the garbage collector copying
 * pages it could not free. The same value met on another page (the header's and the footer's
 * links, on every page) is the same string.
 */
export class KeptStrings {
  readonly #strings = new Map<string, string>();

  /** `text`, or the copy kept of an equal string: never a slice of the page it was read from. */
  keep(text: string): string {
    if (text.length < SHORTEST_SLICE) return text;
    let kept = this.#strings.get(text);
    if (kept === undefined) {
      kept = copyOf(text);
      this.#strings.set(kept, kept);
    }
    return kept;
  }
}

/**
 * A string with characters of its own. Concatenating makes a new string; slicing it flattens it
 * into a fresh copy of `" " + text` before taking the slice, which points into that copy alone.
 * Shorter strings than V8's shortest slice are copied by `slice` already.
 */
function copyOf(text: string): string {
  return ` ${text}`.slice(1);
}

/** V8's `SlicedString::kMinLength`: shorter substrings are copies. */
const SHORTEST_SLICE = 13;
