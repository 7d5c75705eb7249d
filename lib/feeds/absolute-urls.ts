/**
 * A page's HTML with every URL made absolute, for feed readers, which show it away from the site:
 * `/fr/…` and `/img/…` (written from the site's root, the path prefix left to the build) go under
 * `siteRoot` (`https://cartes.gouv.fr/aide/`), relative ones are resolved against the page.
 */
export function withAbsoluteUrls(html: string, pageUrl: string, siteRoot: string): string {
  const pageAddress = absoluteUrl(pageUrl, siteRoot);
  const absolute = (value: string) => {
    const trimmed = value.trim();
    if (trimmed === "" || SCHEME.test(trimmed) || trimmed.startsWith("//")) return value;
    if (trimmed.startsWith("/")) return absoluteUrl(trimmed, siteRoot);
    try {
      return new URL(trimmed, pageAddress).href;
    } catch {
      return value;
    }
  };
  return html.replace(URL_ATTRIBUTE, (_match, before: string, name: string, quote: string, value: string) => {
    const rewritten =
      name.toLowerCase() === "srcset"
        ? value
            .split(",")
            .map((candidate) =>
              candidate.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => space + absolute(url)),
            )
            .join(",")
        : absolute(value);
    return `${before}${quote}${rewritten}${quote}`;
  });
}

/** `https://cartes.gouv.fr/aide/fr/actualites/` of `/fr/actualites/` under `https://cartes.gouv.fr/aide/`. */
export function absoluteUrl(sitePath: string, siteRoot: string): string {
  return `${siteRoot.replace(/\/$/, "")}/${sitePath.replace(/^\//, "")}`;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// The attributes of HTML that hold a URL (https://html.spec.whatwg.org/#attributes-3), quoted as Markdown and Nunjucks write them.
const URL_ATTRIBUTE = /(\s((?:href|src|srcset|poster|cite|action|data))\s*=\s*)(["'])(.*?)\3/gi;
