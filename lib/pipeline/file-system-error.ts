import path from "node:path";
import { error, type Finding } from "../checks/finding.ts";

/**
 * A file system failure met at a step of the build (disk full, read-only disk, permission
 * refused…), said in French: the step, the path, what the operating system refused and what to
 * do; undefined when `cause` is not one. Node's errors (`ENOSPC`, with their path) and the
 * messages of Pagefind's Rust binary (`No space left on device (os error 28)`) are both read.
 */
export function fileSystemFinding(
  step: string,
  cause: unknown,
  fallbackPath = "",
  /** The file to report it on, when the one that failed is the build's own (its lock, its staging folder). */
  at?: string,
): Finding | undefined {
  for (const item of chainOf(cause)) {
    const code = item.code ?? osErrorCode(item.message);
    const known = code ? REASONS[code] : undefined;
    if (!known) continue;
    // A copy or a link fails on its target (`dest`), not on the file it reads.
    const file = displayPath(item.dest ?? item.path ?? pathIn(item.message) ?? fallbackPath);
    return error(
      "file-system",
      at ? displayPath(at) : file,
      `${step} : ${known.reason}${file ? "" : ` (${code})`}`,
      known.fix(path.dirname(file) || "."),
    );
  }
  return undefined;
}

/** The French name of each step of a build, as `fileSystemFinding` and the interruptions name them. */
export const BUILD_STEPS = {
  prepare: "préparation du dossier de construction",
  render: "écriture des pages",
  search: "écriture de l’index de recherche",
  compression: "compression des fichiers",
  publish: "publication du site",
} as const;

/** A path as editors read it: relative to the project when it is inside. */
function displayPath(file: string): string {
  if (!file) return "";
  const relative = path.relative(".", file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** `(os error 28)` or `Os { code: 28, … }` in a Rust message: the errno it stands for. */
function osErrorCode(message: string | undefined): string | undefined {
  const errno = /\(os error (\d+)\)|Os \{ code: (\d+)/
    .exec(message ?? "")
    ?.slice(1)
    .find(Boolean);
  return errno ? OS_ERRORS[Number(errno)] : undefined;
}

/** A path written in a message between quotes or after "path": Pagefind names the file it failed on so. */
function pathIn(message: string | undefined): string | undefined {
  return /["'`](\/[^"'`]+)["'`]/.exec(message ?? "")?.[1];
}

function chainOf(cause: unknown): ErrnoLike[] {
  const chain: ErrnoLike[] = [];
  for (let item = cause as ErrnoLike | undefined; item && chain.length < 20; ) {
    chain.push(typeof item === "string" ? { message: item } : item);
    item = (item.originalError ?? item.cause) as ErrnoLike | undefined;
  }
  return chain;
}

const OS_ERRORS: Record<number, string> = { 1: "EPERM", 13: "EACCES", 28: "ENOSPC", 30: "EROFS", 122: "EDQUOT" };

const REASONS: Record<string, { reason: string; fix: (folder: string) => string }> = {
  ENOSPC: {
    reason: "plus de place sur le disque",
    fix: (folder) => `libérez de la place sur le disque de ${folder}, puis relancez la construction`,
  },
  EDQUOT: {
    reason: "quota d’espace disque dépassé",
    fix: (folder) => `libérez de la place dans votre quota (dossier ${folder}), puis relancez la construction`,
  },
  EROFS: {
    reason: "disque en lecture seule",
    fix: (folder) => `construisez sur un disque où l’on peut écrire : ${folder} ne peut pas être modifié`,
  },
  EACCES: {
    reason: "permission refusée",
    fix: (folder) => `donnez le droit d’écrire dans ${folder} à l’utilisateur qui construit, puis relancez`,
  },
  EPERM: {
    reason: "opération interdite par le système",
    fix: (folder) => `vérifiez les droits sur ${folder} (fichier verrouillé ou protégé), puis relancez`,
  },
  EMFILE: {
    reason: "trop de fichiers ouverts à la fois",
    fix: () => "relancez la construction ; si l’erreur persiste, augmentez la limite (ulimit -n)",
  },
  ENFILE: {
    reason: "trop de fichiers ouverts sur la machine",
    fix: () => "relancez la construction quand la machine sera moins chargée",
  },
  EIO: {
    reason: "erreur de lecture ou d’écriture du disque",
    fix: (folder) => `vérifiez le disque de ${folder}, puis relancez la construction`,
  },
};

interface ErrnoLike {
  code?: string;
  path?: string;
  dest?: string;
  message?: string;
  originalError?: unknown;
  cause?: unknown;
}
