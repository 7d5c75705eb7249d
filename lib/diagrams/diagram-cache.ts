import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Drawn diagrams kept on disk between builds, one JSON file per diagram, named by a hash of the
 * tools' key (versions, configuration) and of the diagram's source: a new Mermaid or a new
 * configuration misses every entry, nothing is ever cleared by hand. Errors are kept too: the
 * same source with the same tools fails the same way, without a browser.
 *
 *   <folder>/<first 2 hex>/<64 hex>.json    { "result": … }
 *
 * Several builds may share the folder at once (tests, CI jobs): files are written aside and
 * renamed, and a read touches the file, so that `prune` removes only what no build used lately.
 */
export function createDiagramCache<Result>(folder: string, toolKey: string): DiagramCache<Result> {
  const fileOf = (source: string) => {
    const key = createHash("sha256").update(toolKey).update("\0").update(source).digest("hex");
    return path.join(folder, key.slice(0, 2), `${key}.json`);
  };
  return {
    get(source) {
      const file = fileOf(source);
      try {
        const { result } = JSON.parse(readFileSync(file, "utf8")) as { result: Result };
        const now = new Date();
        utimesSync(file, now, now);
        return result;
      } catch {
        // Missing or unreadable: drawn again.
        return undefined;
      }
    },
    set(source, result) {
      const file = fileOf(source);
      mkdirSync(path.dirname(file), { recursive: true });
      const aside = `${file}.${process.pid}.tmp`;
      writeFileSync(aside, JSON.stringify({ result }));
      renameSync(aside, file);
    },
  };
}

/** Removes the entries no build has read or written for `days` days; returns how many. */
export function pruneDiagramCache(folder: string, days: number, now = Date.now()): number {
  let removed = 0;
  for (const shard of entries(folder)) {
    for (const name of entries(path.join(folder, shard))) {
      const file = path.join(folder, shard, name);
      try {
        if (now - statSync(file).mtimeMs > days * DAY) {
          rmSync(file, { force: true });
          removed++;
        }
      } catch {
        // Removed meanwhile by another build.
      }
    }
  }
  return removed;
}

function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

const DAY = 24 * 60 * 60 * 1000;

export interface DiagramCache<Result> {
  get(source: string): Result | undefined;
  set(source: string, result: Result): void;
}
