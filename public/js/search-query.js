// @ts-check
/**
 * What the results page asks Pagefind, and whether what Pagefind found really answers it.
 * Pagefind matches every indexed word that starts like a searched one, and when none does, retries
 * with ever shorter beginnings (« photocopieuse » ends up matching « photo »;
 * https://github.com/Pagefind/pagefind/issues/780): small words and clipped matches need care here.
 */

/** French articles, prepositions and pronouns: « de » would otherwise match every « des », « description »… */
const STOP_WORDS = new Set(
  "a à au aux avec ce ces cet cette d dans de des du elle en et il je l la le les leur leurs ma mes mon ne nos notre nous on ou où par pas pour qu que qui sa sans se ses son sur ta tes ton tu un une vos votre vous y".split(
    " ",
  ),
);

/**
 * The query given to Pagefind: the reader's words without the small French ones (unless nothing
 * else is left) and without elisions (« l’inscription » → « inscription »).
 * @param {string} query
 */
export function searchTerms(query) {
  // Composed characters (é as one code point), as in the index, whatever the keyboard sent.
  const all = query
    .normalize("NFC")
    .split(/[\s’']+/u)
    .filter(Boolean);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return (meaningful.length > 0 ? meaningful : all).join(" ");
}

/**
 * Whether at least one word Pagefind matched in a result starts like one of the searched words
 * for at least half of it (four letters at most), accents and case aside.
 * @param {{ content: string, locations: number[] }} result
 * @param {string} query
 */
export function reachesQuery(result, query) {
  const terms = words(searchTerms(query));
  const content = result.content.split(/\s+/);
  // A location points at a whitespace-separated token, which may hold several words (« l’application »).
  return result.locations.some((location) =>
    words(content[location] ?? "").some((matched) =>
      terms.some(
        (term) => sharedStart(matched, term) >= Math.min(term.length, Math.max(4, Math.ceil(term.length / 2))),
      ),
    ),
  );
}

/**
 * Lower-case words without accents or punctuation: « Sécurité, » → « securite ».
 * @param {string} text
 */
function words(text) {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
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
