/**
 * The response headers deploy/nginx.conf adds to every answer (`add_header … always`), read from
 * the file itself so that the dev server sends the very same: a page that breaks under the
 * production Content Security Policy breaks in the preview too. Headers computed by nginx
 * (`$variables`) are left out.
 */
export function productionHeaders(nginxConf: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of nginxConf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"$]*)"\s+always\s*;/gm))
    headers[name!] = value!;
  return headers;
}
