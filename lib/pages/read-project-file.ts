import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { closest } from "../shared/closest.ts";

/**
 * The text of a file of the project, from its path relative to the project's root: only a file
 * inside the project, so that a page cannot publish what lies around it (`../../etc/passwd`).
 */
export function readProjectFile(root: string, requested: unknown): { text: string } | { problem: FileProblem } {
  const name = typeof requested === "string" ? requested.trim() : "";
  if (!name)
    return {
      problem: {
        message: `readFILE : ${JSON.stringify(requested ?? null)} n’est pas un chemin de fichier`,
        fix: 'écrivez le chemin du fichier depuis la racine du projet : {{ "public/data/exemple.json" | readFILE | safe }}',
      },
    };
  // As eleventy-dsfr joins it to the project's folder, a leading / is the project's root too.
  const file = path.resolve(root, name.replace(/^\/+/, ""));
  if (!file.startsWith(root + path.sep))
    return {
      problem: {
        message: `readFILE : le fichier "${name}" est hors du projet`,
        fix: "ne lisez que des fichiers du projet, avec leur chemin depuis sa racine (public/data/…)",
      },
    };
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) return { text: readFileSync(file, "utf8") };
  const suggestion = closestSibling(root, file);
  return {
    problem: {
      message: `readFILE : fichier "${name}" introuvable`,
      fix: suggestion
        ? `vouliez-vous dire "${suggestion}" ?`
        : "écrivez le chemin du fichier depuis la racine du projet (le dossier de content/ et public/)",
    },
  };
}

/** The closest file name in the folder the path names (or in the nearest folder that exists), from the root. */
function closestSibling(root: string, file: string): string | undefined {
  let dir = path.dirname(file);
  while (dir.startsWith(root) && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) dir = path.dirname(dir);
  if (!dir.startsWith(root)) return undefined;
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).map((entry) =>
    path.relative(root, path.join(dir, entry)).split(path.sep).join("/"),
  );
  return closest(path.relative(root, file).split(path.sep).join("/"), names.slice(0, 2000));
}

export interface FileProblem {
  message: string;
  fix: string;
}
