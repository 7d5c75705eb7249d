import { slugify } from "../markdown/slugify.ts";

/** The last part of a tag's listing URL: « Mises à jour » → `mises-a-jour`; tags with the same one are one tag. */
export function tagSlug(name: string): string {
  return slugify(name) || "etiquette";
}
