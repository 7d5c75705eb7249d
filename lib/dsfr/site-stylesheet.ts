import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The site's own styles (`public/css/site.css`), to be written at the end of the site's DSFR
 * stylesheet (`/dsfr/dsfr-site.min.css`): one stylesheet to wait for before the first paint
 * instead of two. Its relative `url()`s are rewritten for the folder it is published in.
 * Empty when the site has none.
 */
export function siteStyles(publicDir: string): string {
  let css: string;
  try {
    css = readFileSync(path.join(publicDir, SITE_STYLESHEET), "utf8");
  } catch {
    return "";
  }
  return relocateUrls(css, `/${path.posix.dirname(SITE_STYLESHEET)}/`, "/dsfr/");
}

/** `url(x.png)` of a stylesheet in `from` (`/css/`), as written for one in `to` (`/dsfr/`): `url(../css/x.png)`. */
export function relocateUrls(css: string, from: string, to: string): string {
  return css.replace(/url\((["']?)([^"')]+)\1\)/g, (whole, quote: string, url: string) => {
    if (/^(data:|#|\/|[a-z][a-z0-9+.-]*:)/i.test(url)) return whole;
    const target = path.posix.join(from, url);
    return `url(${quote}${path.posix.relative(to, path.posix.dirname(target))}/${path.posix.basename(target)}${quote})`;
  });
}

/** Where the site's own styles are, in `public/`; also linked on its own after per-page component stylesheets. */
export const SITE_STYLESHEET = "css/site.css";
