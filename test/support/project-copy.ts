import { cpSync, mkdtempSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

/**
 * A folder that is the project for its commands (`npm run build` run in it), but with a fixture's
 * `content/` and `public/`: every other file of the project is a link to the real one. The build's
 * output, lock and staging folders are the copy's own, so that a test may kill a build in it, fill
 * its disk or make it read-only without touching the project. `root` puts it in a given folder
 * (a small tmpfs, a read-only mount).
 */
export function projectCopy(fixture: string, root = mkdtempSync(path.join(tmpdir(), "aide-projet-"))): ProjectCopy {
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (OWN.has(entry) || entry.startsWith("_site")) continue;
    symlinkSync(path.join(PROJECT_ROOT, entry), path.join(root, entry));
  }
  for (const part of ["content", "public"])
    symlinkSync(path.join(PROJECT_ROOT, "test/fixtures", fixture, part), path.join(root, part));
  return {
    root,
    site: path.join(root, "_site"),
    copySiteFrom(other: ProjectCopy) {
      cpSync(other.site, path.join(root, "_site"), { recursive: true });
    },
    leftovers: () => readdirSync(root).filter((entry) => /^_site\./.test(entry)),
  };
}

/** Where a link of a project copy points. */
export function linkTarget(file: string): string {
  return readlinkSync(file);
}

export interface ProjectCopy {
  root: string;
  /** Its published folder, `_site/`. */
  site: string;
  /** Gives it the published site of another copy, as an earlier build would have left it. */
  copySiteFrom(other: ProjectCopy): void;
  /** What a build left beside `_site/` (`_site.tmp-*`, `_site.old-*`, `_site.lock`). */
  leftovers(): string[];
}

/** What the copy has of its own instead of the project's. */
const OWN = new Set(["content", "public", ".git", "scratch", "test-results", "bench-results", "_pages"]);
