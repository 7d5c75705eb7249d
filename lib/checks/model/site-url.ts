/**
 * What a URL written in a page points to: a file of the site (its path without the path prefix,
 * and its fragment), another site, an e-mail address or phone number, or something not checked.
 */
export function resolveSiteUrl(value: string, pageUrl: string, pathPrefix: string): SiteUrl {
  const trimmed = value.trim();
  if (trimmed === "") return { kind: "empty" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === "mailto" || scheme === "tel") return { kind: scheme, value: trimmed.slice(scheme.length + 1) };
  if (scheme === "http" || scheme === "https" || trimmed.startsWith("//")) return { kind: "external", url: trimmed };
  if (scheme) return { kind: "other" };
  // Most fragment links stay on their page (summary, skip links): no need to parse a URL for them.
  // Page URLs are written encoded (lib/eleventy/page-urls.ts); site paths are file names, decoded.
  if (trimmed.startsWith("#"))
    return { kind: "internal", path: safeDecode(pageUrl), fragment: safeDecode(trimmed.slice(1)) };

  const prefix = normalizePrefix(pathPrefix);
  let url: URL;
  try {
    url = new URL(trimmed, `${BASE}${prefix}${pageUrl.replace(/^\//, "")}`);
  } catch {
    return { kind: "invalid" };
  }
  const fragment = url.hash ? safeDecode(url.hash.slice(1)) : undefined;
  if (!url.pathname.startsWith(prefix)) return { kind: "outside-prefix", path: safeDecode(url.pathname), fragment };
  return { kind: "internal", path: `/${safeDecode(url.pathname.slice(prefix.length))}`, fragment };
}

/** The output file a site path is served from (`/fr/a/` → `/fr/a/index.html`), if the site has it. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  if (path.endsWith("/")) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  // A folder without its trailing slash: servers redirect to the folder's index.
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** `/aide` → `/aide/`, `` → `/`. */
export function normalizePrefix(pathPrefix: string): string {
  if (pathPrefix === "/") return pathPrefix;
  return `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const BASE = "http://site.invalid";

export type SiteUrl =
  | { kind: "internal"; path: string; fragment?: string }
  | { kind: "outside-prefix"; path: string; fragment?: string }
  | { kind: "external"; url: string }
  | { kind: "mailto" | "tel"; value: string }
  | { kind: "empty" | "invalid" | "other" };
