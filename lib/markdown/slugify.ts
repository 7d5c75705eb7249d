/** Turns French text into a stable URL fragment: « Se connecter à l’espace » → "se-connecter-a-l-espace". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z]+;|&#\d+;/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Returns a slug not yet in `taken` (adding it), suffixing -2, -3… on collision. */
export function uniqueSlug(text: string, taken: Set<string>, fallback = "section"): string {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
