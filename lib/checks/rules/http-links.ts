import type { Finding } from "../finding.ts";
import { type PageReference, pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/** An `http:` link to a site that other links of ours reach in `https:` should use `https:` too. */
export function checkHttpLinks(model: SiteModel): Finding[] {
  const secureHosts = new Set<string>();
  const insecure: { item: PageReference; url: URL; written: string }[] = [];
  const parsed = new Map<string, URL | undefined>();
  for (const item of pageReferences(model)) {
    if (item.target.kind !== "external") continue;
    // The footer's links are on every page: parse each address once.
    if (!parsed.has(item.target.url)) parsed.set(item.target.url, parse(item.target.url));
    const url = parsed.get(item.target.url);
    if (url?.protocol === "https:") secureHosts.add(url.host);
    else if (url?.protocol === "http:") insecure.push({ item, url, written: item.target.url });
  }
  return insecure
    .filter(({ url }) => secureHosts.has(url.host))
    .map(({ item, url, written }) =>
      referenceFinding(
        model,
        placeOf(item),
        "warning",
        "link-http",
        `lien non sécurisé "${written}" : d’autres liens du site mènent à ${url.host} en https`,
        `écrivez "${written.replace(/^http:/i, "https:")}"`,
      ),
    );
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text.startsWith("//") ? `https:${text}` : text);
  } catch {
    return undefined;
  }
}
