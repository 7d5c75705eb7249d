/**
 * The files an eleventy-dsfr configuration publishes straight from `node_modules`
 * (`"./node_modules/markdown-it/dist/markdown-it.min.js": "js/markdown-it.min.js"` among its
 * passthrough copies). The generator publishes the DSFR and draws code, diagrams and API
 * references itself; any other such file is not carried over, and the report says where a page
 * that still asks for it would find it.
 */
export function packageFilesOf(config: string): PackageFile[] {
  const files: PackageFile[] = [];
  for (const [, from, to] of config.matchAll(/["'](?:\.\/)?node_modules\/([^"']+)["']\s*:\s*["']([^"']+)["']/g)) {
    if (!from || !to) continue;
    const url = `/${to.replace(/^\/+/, "")}`;
    const known = HANDLED.find((rule) => rule.match.test(from));
    files.push({
      from: `node_modules/${from}`,
      url,
      note:
        known?.note ??
        `fichier d’un paquet npm que l’ancienne configuration publiait à l’adresse ${url} : non repris ; si une page le demande encore (la construction le signale), copiez-le dans public${url}`,
    });
  }
  return files;
}

export interface PackageFile {
  /** The file or folder in the old site's `node_modules`. */
  from: string;
  /** Where the old site published it. */
  url: string;
  /** What becomes of it, in French. */
  note: string;
}

const HANDLED: { match: RegExp; note: string }[] = [
  {
    match: /^@gouvfr\/dsfr\//,
    note: "fichiers du DSFR : le générateur publie ceux que le site utilise (ses pictogrammes aussi sous /artwork/)",
  },
  { match: /^mermaid\//, note: "Mermaid : le générateur dessine les diagrammes à la construction, sans script" },
  { match: /^(prismjs|prism-themes)\//, note: "Prism : le générateur colore le code à la construction, sans script" },
  {
    match: /^swagger-ui(-dist)?\//,
    note: "Swagger UI : le générateur écrit la référence d’une API à la construction, sans script",
  },
];
