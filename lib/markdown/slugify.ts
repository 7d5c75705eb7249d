import sindresorhusSlugify from "@sindresorhus/slugify";
import transliterate from "@sindresorhus/transliterate";

/**
 * Turns a heading into a URL fragment exactly as Eleventy's `slugify` filter does (accents
 * transliterated, lower case, words joined by hyphens: « Se connecter à l’espace » →
 * "se-connecter-a-l-espace"), so that the anchors of pages written for eleventy-dsfr, whose
 * headings got their ids that way, keep working.
 *
 * @sindresorhus/slugify builds two thousand regular expressions for each text it transliterates:
 * a text in Latin script is transliterated here a character at a time (each character once per
 * process), which gives the same result, and the package's last steps follow. Other scripts go
 * to the package itself (test/eleventy/markdown.test.ts compares both).
 */
export function slugify(text: string): string {
  if (!LATIN.test(text)) return sindresorhusSlugify(text, { decamelize: false });
  let plain = "";
  for (const character of text.normalize()) plain += transliterated(character);
  return plain
    .toLowerCase()
    .replace(/([a-zA-Z\d]+)'([ts])(\s|$)/g, "$1$2$3")
    .replace(/[^a-z\d]+/g, "-")
    .replace(/\\/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Returns a slug not yet in `taken` (adding it): a repeated one gets -1, -2… as markdown-it-anchor
 * numbers them.
 */
export function uniqueSlug(text: string, taken: Set<string>, fallback = "section"): string {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 1; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function transliterated(character: string): string {
  let plain = TRANSLITERATED.get(character);
  if (plain === undefined) {
    plain = transliterate(character, { customReplacements: SLUGIFY_REPLACEMENTS });
    TRANSLITERATED.set(character, plain);
  }
  return plain;
}

/** Latin letters and the punctuation of French text: replaced one character at a time by the package. */
const LATIN = /^[\u0020-\u024f\u2000-\u206f\u00a0]*$/;
/** The replacements @sindresorhus/slugify adds to the transliteration's own. */
const SLUGIFY_REPLACEMENTS: [string, string][] = [
  ["&", " and "],
  ["🦄", " unicorn "],
  ["♥", " love "],
];
/** A cache of pure results for the process, not build data: the same character always gives the same text. */
const TRANSLITERATED = new Map<string, string>();
