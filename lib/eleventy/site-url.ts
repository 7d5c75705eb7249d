import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * `siteUrl`: the origin a copy of the help is published at, for the sitemap's absolute URLs, from
 * the `SITE_URL` variable (a copy on GitHub or GitLab Pages); unset, templates fall back on
 * `site.url` of `_data/site.json`, the production's.
 */
export default function siteUrlPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("siteUrl", () => siteOrigin(process.env.SITE_URL));
}

/** `https://host` from `SITE_URL`; the path belongs to the path prefix (`--pathprefix`), never here. */
export function siteOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" n’est pas une adresse : écrivez par exemple SITE_URL=https://cartes.gouv.fr`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${value}" doit être une origine, comme https://${url.host || "cartes.gouv.fr"} : le chemin se donne avec --pathprefix`,
    );
  }
  return url.origin;
}
