import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface Dimensions {
  width: number;
  height: number;
}

/**
 * Reads the pixel size of a site image (`/img/…` → `public/img/…`), or undefined when the
 * file is missing or unreadable (the checks report it). Memoized: each file is read once per process.
 */
export function createDimensionsReader(publicDir: string): (src: string) => Dimensions | undefined {
  const cache = new Map<string, Dimensions | undefined>();
  return (src) => {
    if (!src.startsWith("/") || src.startsWith("//")) return undefined;
    const file = path.join(publicDir, decodeURIComponent(src.split(/[?#]/)[0]));
    if (!cache.has(file)) cache.set(file, readDimensions(file));
    return cache.get(file);
  };
}

function readDimensions(file: string): Dimensions | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
