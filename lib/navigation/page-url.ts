/**
 * The page a URL written in a page's data names (`segments`, `sidemenuActive`), as sites made
 * from eleventy-dsfr write them: without the language (`/partenaires/` for `/fr/partenaires/`,
 * which their `locale_url` filter adds) and often without the final slash.
 */
export function resolvePageUrl(
  written: string,
  pageUrl: string,
  urls: ReadonlySet<string>,
  lang?: string,
): ResolvedUrl {
  const locale = lang ?? /^\/([a-z]{2})\//.exec(pageUrl)?.[1];
  const prefixed =
    locale && !written.startsWith(`/${locale}/`) && written.startsWith("/") ? `/${locale}${written}` : undefined;
  for (const candidate of [written, prefixed]) {
    if (candidate === undefined) continue;
    for (const url of [candidate, withSlash(candidate)]) if (urls.has(url)) return { url, found: true };
  }
  return { url: prefixed ?? written, found: false };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

export interface ResolvedUrl {
  /** The page's URL when one matches; else the URL as the original site would have linked it. */
  url: string;
  found: boolean;
}
