import path from "node:path";
import { slugify } from "../../markdown/slugify.ts";
import { type Finding, warning } from "../finding.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Pages and images whose file or folder name holds a space, an accent or another character an
 * address cannot carry as it is: they are published (their URL percent-encoded, see
 * lib/eleventy/page-urls.ts), but the address readers see and share is unreadable
 * (`/fr/mon%20dossier/`). Each is told the name to give it.
 */
export function checkFileNames(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages) {
    if (!UNSAFE.test(safeDecode(page.url)) || !page.outputPath.endsWith(".html")) continue;
    findings.push(
      warning(
        "file-name",
        page.source,
        `adresse de la page illisible une fois publiée (« ${safeDecode(page.url)} » devient « ${page.url} ») : espace, accent ou signe dans le nom du fichier ou d’un dossier`,
        `renommez-le « ${cleanPath(page.source)} » (et mettez à jour les liens vers cette page)`,
      ),
    );
  }
  for (const file of [...model.files].filter((file) => file.startsWith("/img/") && UNSAFE.test(file)).sort()) {
    findings.push(
      warning(
        "file-name",
        path.join(model.publicDir, file),
        "nom de fichier avec une espace, un accent ou un signe : son adresse sera illisible une fois publiée",
        `renommez-le « ${cleanPath(path.join(model.publicDir, file))} » (et mettez à jour les pages qui l’utilisent)`,
      ),
    );
  }
  return findings;
}

/** The path with each name that needs it slugged, extension kept: `Mon dossier/Élève.md` → `mon-dossier/eleve.md`. */
export function cleanPath(file: string): string {
  return file
    .split("/")
    .map((name) => {
      if (!UNSAFE.test(name)) return name;
      const extension = path.extname(name);
      return `${slugify(name.slice(0, name.length - extension.length))}${extension.toLowerCase()}`;
    })
    .join("/");
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Anything but ASCII letters, digits and `-_.~/`. */
const UNSAFE = /[^A-Za-z0-9\-_.~/]/;
