import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SiteFiles } from "./plan-migration.ts";

/** The files of a folder on disk, as the migration reads them: paths relative to it, version control and dependencies left out. */
export function filesOnDisk(root: string): SiteFiles {
  return {
    list: () =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
        .filter((file) => !IGNORED.test(file))
        .sort(),
    read: (file) => {
      try {
        return readFileSync(path.join(root, file));
      } catch {
        return undefined;
      }
    },
  };
}

const IGNORED = /^(\.git|node_modules|_site|\.cache|\.migration)\/|(^|\/)\.DS_Store$/;
