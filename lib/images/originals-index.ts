import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OriginalImage } from "./responsive-image.ts";

/**
 * What the cache knows of each original (pixel size and hash of its bytes), kept across builds in
 * `<cache>/originals.json` under the file's path, size and modification time: a build whose
 * images did not change reads none of them (a 4,000-page site has 5,000), only their `stat`.
 */
export class OriginalsIndex {
  readonly #file: string;
  #known?: Map<string, IndexedOriginal>;
  #changed = false;

  constructor(cacheDir: string) {
    this.#file = path.join(cacheDir, ORIGINALS_FILE);
  }

  /** What is known of this version of the file, if anything. */
  get(file: string, size: number, mtimeMs: number): OriginalImage | undefined {
    const known = this.#entries().get(file);
    return known && known.size === size && known.mtimeMs === mtimeMs ? known.original : undefined;
  }

  set(file: string, size: number, mtimeMs: number, original: OriginalImage): void {
    this.#entries().set(file, { size, mtimeMs, original });
    this.#changed = true;
  }

  /** Writes what this process learnt, without the files removed since; a cache that cannot be written is only slower. */
  save(): void {
    if (!this.#changed) return;
    const entries = [...this.#entries()].filter(([file]) => existsSync(file));
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries)));
      renameSync(temporary, this.#file);
      this.#changed = false;
    } catch {
      // A read-only or full cache folder: the originals are read again next time.
    }
  }

  #entries(): Map<string, IndexedOriginal> {
    if (!this.#known) {
      try {
        this.#known = new Map(Object.entries(JSON.parse(readFileSync(this.#file, "utf8")) as object));
      } catch {
        // No index yet, or one a killed build left unreadable: it is made again.
        this.#known = new Map();
      }
    }
    return this.#known;
  }
}

/** Not a variant: the pruning of the cache leaves it. */
export const ORIGINALS_FILE = "originals.json";

interface IndexedOriginal {
  size: number;
  mtimeMs: number;
  original: OriginalImage;
}
