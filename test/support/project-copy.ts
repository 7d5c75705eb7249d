import { cpSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

/**
 * A folder that is the project for its commands (`npm run build` run in it), but with a fixture's
 * `content/` and `public/`: every other file of the project is a link to the real one. The build's
 * output, lock and staging folders are the copy's own, so that a test may kill a build in it
 * without touching the project.
 */
export function projectCopy(
  fixture: string,
  {
    root = mkdtempSync(path.join(tmpdir(), "aide-projet-")),
    editable = false,
  }: { root?: string; editable?: boolean } = {},
): ProjectCopy {
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (OWN.has(entry) || entry.startsWith("_site")) continue;
    symlinkSync(path.join(PROJECT_ROOT, entry), path.join(root, entry));
  }
  // `editable`: a copy of the fixture's pages, that a test may change as an editor would.
  const fixtureContent = path.join(PROJECT_ROOT, "test/fixtures", fixture, "content");
  if (editable) cpSync(fixtureContent, path.join(root, "content"), { recursive: true });
  else symlinkSync(fixtureContent, path.join(root, "content"));
  symlinkSync(path.join(PROJECT_ROOT, "test/fixtures", fixture, "public"), path.join(root, "public"));
  return {
    root,
    site: path.join(root, "_site"),
    copySiteFrom(other: ProjectCopy) {
      cpSync(other.site, path.join(root, "_site"), { recursive: true });
    },
    leftovers: () => readdirSync(root).filter((entry) => /^_site\./.test(entry)),
  };
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
