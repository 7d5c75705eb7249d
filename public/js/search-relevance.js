// @ts-check
/**
 * When no indexed word starts like a searched word, Pagefind retries with ever shorter prefixes of
 * it (« sécurité » ends up matching « se » and « ses »; https://github.com/Pagefind/pagefind/issues/780),
 * so a query that matches nothing still returns pages. This tells such pages apart.
 */

/** Shortest shared beginning for a matched word to count as the searched word (or a form of it). */
const MIN_SHARED = 4;

/**
 * Whether at least one word Pagefind matched in a result begins like one of the searched words,
 * accents and case aside. Short words (« de », « la ») only count when the query has nothing else.
 * @param {{ content: string, locations: number[] }} result
 * @param {string} query
 */
export function reachesQuery(result, query) {
  const searched = words(query);
  const significant = searched.filter((word) => word.length >= 3);
  const terms = significant.length > 0 ? significant : searched;
  const content = result.content.split(/\s+/);
  // A location points at a whitespace-separated token, which may hold several words (« l’application »).
  return result.locations.some((location) =>
    words(content[location] ?? "").some((matched) => terms.some((term) => sharedStart(matched, term) >= Math.min(MIN_SHARED, term.length))),
  );
}

/**
 * Lower-case words without accents or punctuation: « Sécurité, » → « securite ».
 * @param {string} text
 */
function words(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * @param {string} a
 * @param {string} b
 */
function sharedStart(a, b) {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}
