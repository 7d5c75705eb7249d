import path from "node:path";

/**
 * The URL Eleventy gives a page by default, from its path under `content/`
 * (https://www.11ty.dev/docs/permalinks/#default-input-output): `fr/a/b.md` → `/fr/a/b/`,
 * `fr/a/index.md` → `/fr/a/`, `plan/plan.njk` → `/plan/` (a file named like its folder).
 */
export function defaultUrl(contentPath: string): string {
  const parsed = path.posix.parse(contentPath);
  const folder = parsed.dir ? `/${parsed.dir}/` : "/";
  if (parsed.name === "index" || parsed.name === path.posix.basename(parsed.dir)) return folder;
  return `${folder}${parsed.name}/`;
}
