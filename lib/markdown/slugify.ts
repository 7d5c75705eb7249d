import sindresorhusSlugify from "@sindresorhus/slugify";

/**
 * Turns a heading into a URL fragment exactly as Eleventy's `slugify` filter does (accents
 * transliterated, lower case, words joined by hyphens: « Se connecter à l’espace » →
 * "se-connecter-a-l-espace"), so that the anchors of pages written for eleventy-dsfr, whose
 * headings got their ids that way, keep working.
 */
export function slugify(text: string): string {
  return sindresorhusSlugify(text, { decamelize: false });
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
