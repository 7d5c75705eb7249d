import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * A page whose file or folder name has a space or an accent keeps it in its file on disk, but its
 * URL is written percent-encoded (`/fr/mon%20dossier/`) everywhere Eleventy gives it (`page.url`,
 * collections, the site map): a raw space in a link is invalid HTML, and some crawlers drop it.
 * The checks warn about such names (lib/checks/rules/file-names.ts).
 */
export default function pageUrlsPlugin(eleventyConfig: UserConfig): void {
  // https://www.11ty.dev/docs/permalinks/#url-transforms (the output file keeps its name).
  eleventyConfig.addUrlTransform(({ url }: { url: string }) =>
    NEEDS_ENCODING.test(url) ? encodedUrl(url) : undefined,
  );
}

/** A URL with every character that may not be written as is percent-encoded, once. */
export function encodedUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A lone `%`: the URL was not encoded yet.
  }
  return encodeURI(decoded);
}

/** Characters that a URL may not hold as they are: spaces, non-ASCII letters, quotes, angle brackets… */
const NEEDS_ENCODING = /[^\x21-\x7e]|["<>\\^`{|}]/;

/**
 * The URL Eleventy gives a page by default (https://www.11ty.dev/docs/permalinks/#default-input),
 * or the one its permalink writes as is; undefined for a permalink computed by a template. For
 * pages left out of a build, so that links to them are not reported as broken a second time.
 */
export function defaultUrl(file: string, input: string, permalink?: unknown): string | undefined {
  if (typeof permalink === "string" && !permalink.includes("{"))
    return encodedUrl(`/${permalink.replace(/^\/+/, "").replace(/index\.html$/, "")}`);
  if (permalink !== undefined) return undefined;
  const segments = path.relative(input, file).split(path.sep);
  const name = path.basename(segments.pop()!, path.extname(file));
  // `index.md`, and `guide/guide.md`, are their folder's page.
  if (name !== "index" && name !== segments.at(-1)) segments.push(name);
  return encodedUrl(`/${segments.map((segment) => `${segment}/`).join("")}`);
}
