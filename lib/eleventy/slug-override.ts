import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * `slugOverride: premiers-pas` publishes a page at `/<lang>/premiers-pas/` whatever its file is
 * called, as eleventy-dsfr sites compute it in their folder data (`content/fr/fr.11tydata.js`).
 * A `permalink` of the page or of its folder data wins.
 */
export default function slugOverridePlugin(eleventyConfig: UserConfig): void {
  const slugify = eleventyConfig.getFilter("slugify") as (text: string) => string;
  // A function as global data is called for its value: this one returns the permalink function.
  eleventyConfig.addGlobalData("permalink", () => (data: PageData) => slugOverridePermalink(data, slugify));
}

/** `/<lang>/<slug>/` for a page with `slugOverride`, its language from `lang` or from its folder; nothing otherwise. */
export function slugOverridePermalink(data: PageData, slugify: (text: string) => string): string | undefined {
  if (typeof data.slugOverride !== "string" || !data.slugOverride.trim()) return undefined;
  const lang = typeof data.lang === "string" ? data.lang : data.page?.filePathStem?.split("/")[1];
  return lang ? `/${lang}/${slugify(data.slugOverride)}/` : `/${slugify(data.slugOverride)}/`;
}

interface PageData {
  slugOverride?: unknown;
  lang?: unknown;
  page?: { filePathStem?: string };
}
