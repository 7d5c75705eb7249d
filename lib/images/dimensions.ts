import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface Dimensions {
  width: number;
  height: number;
}

/** What the build knows of an image file it published: its pixel size and its size in bytes. */
export interface ImageFile extends Dimensions {
  bytes: number;
}

/**
 * Reads the pixel size of a site image (`/img/…` → `public/img/…`), or undefined when the
 * file is missing or unreadable (the checks report it). Memoized: each file is read once per process.
 */
export function createDimensionsReader(publicDir: string): (src: string) => Dimensions | undefined {
  const cache = new Map<string, Dimensions | undefined>();
  return (src) => {
    if (!src.startsWith("/") || src.startsWith("//")) return undefined;
    const file = path.join(publicDir, decodeURIComponent(src.split(/[?#]/)[0]!));
    if (!cache.has(file)) cache.set(file, imageDimensions(file));
    return cache.get(file);
  };
}

/**
 * The pixel size of an image file, read from its first bytes where formats keep it (a page
 * shows thousands of screenshots: reading them whole is most of the cost), or undefined when
 * the file is missing or not a readable image.
 */
export function imageDimensions(file: string): Dimensions | undefined {
  const bytes = statSync(file, { throwIfNoEntry: false })?.size;
  if (!bytes) return undefined;
  // PNG, GIF and WebP say their size in their first bytes; a JPEG may say it after its metadata.
  for (const length of [4096, HEAD_BYTES, bytes]) {
    try {
      const { width, height } = imageSize(head(file, Math.min(bytes, length)));
      return width && height ? { width, height } : undefined;
    } catch {
      if (length >= bytes) break;
    }
  }
  return undefined;
}

function head(file: string, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  const descriptor = openSync(file, "r");
  try {
    readSync(descriptor, buffer, 0, length, 0);
  } finally {
    closeSync(descriptor);
  }
  return buffer;
}

/** Enough for the dimensions of PNG, GIF, WebP and JPEG files with their metadata. */
const HEAD_BYTES = 256 * 1024;
