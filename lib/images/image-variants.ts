import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { imageSize } from "image-size";
import type sharpModule from "sharp";
import { publishFile } from "../pipeline/publish-files.ts";
import type { ImageFile } from "./dimensions.ts";
import { cacheEntries, cacheFile, writeEntry } from "./image-cache.ts";
import { OriginalsIndex } from "./originals-index.ts";
import {
  IMAGE_SETTINGS,
  type ImageOverrides,
  isResponsiveCandidate,
  type OriginalImage,
  planResponsiveImage,
  type ResponsiveImage,
  type ResponsiveImageSettings,
  type Variant,
} from "./responsive-image.ts";

/**
 * The variants of a site's images, for one build after another (the dev server runs many):
 * `plan(src)` reads the original (size from its header, hash of its bytes), returns the plan of
 * its `<picture>` at once, and starts encoding the variants missing from the cache in the
 * background; `publish(outputDir)`, once the pages are written, waits for them and links each
 * into the site beside its original.
 */
export function createImageVariants(options: ImageVariantsOptions): ImageVariants {
  const { publicDir, cacheDir } = options;
  // Encodings run in Node's thread pool (four threads), which also writes the pages: two at a time
  // keep two cores busy and leave threads for the files.
  const concurrency = options.concurrency ?? 2;
  const originals = new Map<string, OriginalImage | undefined>();
  const index = new OriginalsIndex(cacheDir);
  // The entries of the cache, listed once per process (a folder at a time, rather than a `stat` per
  // variant) and completed with those it encodes; one pruned meanwhile is encoded again at `publish`.
  let entries: Set<string> | undefined;
  const cached = () => (entries ??= cacheEntries(cacheDir));
  let settings: ResponsiveImageSettings | undefined;
  let run = newRun();

  const sitePathOf = (src: string) => decodeURIComponent(src.split(/[?#]/)[0]!);
  const fileOf = (src: string) => path.join(publicDir, sitePathOf(src));

  function plan(src: string, overrides?: ImageOverrides): ResponsiveImage | undefined {
    if (!isResponsiveCandidate(src, options.settings ?? IMAGE_SETTINGS)) return undefined;
    const file = fileOf(src);
    const read = readMemoized(file);
    if (!read) return undefined;
    const { original, bytes } = read;
    settings ??= { ...(options.settings ?? IMAGE_SETTINGS), encoderVersion: encoderVersion() };
    const image = planResponsiveImage(src, original, settings, overrides);
    run.originals.set(sitePathOf(src), { width: original.width, height: original.height, bytes });
    for (const variant of image.variants) {
      if (run.requested.has(variant.url)) continue;
      run.requested.set(variant.url, { file, variant });
      run.usedKeys.add(variant.key);
      // Most variants are in the cache: said at once, without a trip through the queue.
      if (cached().has(entryName(variant))) run.fromCache++;
      else run.queue.push({ file, variant });
    }
    pump(run);
    return image;
  }

  /**
   * Size and hash of an original, read once per version of the file (the dev server sees edits),
   * and not at all when the cache's index knows this version from an earlier build.
   */
  function readMemoized(file: string): { original: OriginalImage; bytes: number } | undefined {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const version = `${file}\0${stats.size}\0${stats.mtimeMs}`;
    if (!originals.has(version)) {
      let original = index.get(file, stats.size, stats.mtimeMs);
      if (!original) {
        original = readOriginal(file);
        if (original) index.set(file, stats.size, stats.mtimeMs, original);
      }
      originals.set(version, original);
    }
    const original = originals.get(version);
    return original && { original, bytes: stats.size };
  }

  /** Starts the next encodings of a run, up to `concurrency` at once. */
  function pump(current: Run): void {
    while (current.running.size < concurrency && current.queue.length > 0) {
      const { file, variant } = current.queue.shift()!;
      const task = produce(file, variant, current).finally(() => {
        current.running.delete(task);
        pump(current);
      });
      current.running.add(task);
    }
  }

  async function produce(file: string, variant: Variant, current: Run): Promise<void> {
    try {
      await encode(file, variant, cacheFile(cacheDir, variant.key, variant.format));
      cached().add(entryName(variant));
      current.encoded++;
    } catch (error) {
      current.failures.set(file, (error as Error).message);
    }
  }

  async function publish(outputDir: string): Promise<VariantsReport> {
    const current = run;
    while (current.running.size > 0 || current.queue.length > 0) await Promise.all([...current.running]);
    // Synchronous: a link costs less than a promise of one. Each variant goes beside its original,
    // whose folder the site has already.
    for (const [url, { file, variant }] of current.requested) {
      if (current.failures.has(file)) continue;
      const entry = cacheFile(cacheDir, variant.key, variant.format);
      const target = path.join(outputDir, url);
      if (publishFile(entry, target)) continue;
      // Another build pruned the entry meanwhile: it is encoded again.
      await encode(file, variant, entry);
      publishFile(entry, target);
    }
    index.save();
    return {
      originals: current.originals.size,
      originalFiles: current.originals,
      variants: current.requested.size,
      encoded: current.encoded,
      fromCache: current.fromCache,
      failures: [...current.failures].map(([file, message]) => ({ file, message })),
      usedKeys: current.usedKeys,
      milliseconds: performance.now() - current.started,
    };
  }

  return {
    plan,
    publish,
    beginRun() {
      run = newRun();
    },
  };
}

/** A variant's file name in the cache. */
function entryName(variant: Variant): string {
  return `${variant.key}.${variant.format}`;
}

/** Resizes an original to a variant's width and encodes it into the cache. */
async function encode(file: string, variant: Variant, entry: string): Promise<void> {
  const encoder = { quality: variant.encoder.quality, effort: variant.encoder.effort };
  await writeEntry(entry, (temporary) => {
    const resized = loadSharp()(file, { failOn: "error" }).resize({ width: variant.width });
    return (variant.format === "avif" ? resized.avif(encoder) : resized.webp(encoder)).toFile(temporary);
  });
}

/** Size from the file's header, hash of its bytes; undefined when it is not a readable image (the checks say so). */
export function readOriginal(file: string): OriginalImage | undefined {
  try {
    const bytes = readFileSync(file);
    const { width, height } = imageSize(bytes);
    if (!width || !height) return undefined;
    return { width, height, contentHash: createHash("sha256").update(bytes).digest("hex") };
  } catch {
    return undefined;
  }
}

/**
 * Part of every key: another encoder gives other bytes. Read from sharp's package (its version
 * and that of the libvips it ships), so that a build whose variants are all in the cache never
 * loads libvips (50 MB and a tenth of a second).
 */
export function encoderVersion(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(path.dirname(require.resolve("sharp")), "..", "package.json"), "utf8"),
  ) as { version: string; optionalDependencies?: Record<string, string> };
  const libvips = Object.entries(manifest.optionalDependencies ?? {}).find(([name]) =>
    name.startsWith("@img/sharp-libvips-"),
  )?.[1];
  return `sharp ${manifest.version} / sharp-libvips ${libvips ?? "inconnu"}`;
}

/** sharp and its libvips, loaded by the first variant to encode: a build whose variants are all in the cache never loads them. */
function loadSharp(): SharpModule {
  sharp ??= require("sharp") as SharpModule;
  return sharp;
}

const require = createRequire(import.meta.url);

let sharp: SharpModule | undefined;

function newRun(): Run {
  return {
    started: performance.now(),
    originals: new Map(),
    requested: new Map(),
    queue: [],
    running: new Set(),
    usedKeys: new Set(),
    failures: new Map(),
    encoded: 0,
    fromCache: 0,
  };
}

type SharpModule = typeof sharpModule;

interface Run {
  started: number;
  /** The originals this run planned, by their path on the site (`/img/a.png`). */
  originals: Map<string, ImageFile>;
  /** Each variant requested by this run and its original, by its URL on the site. */
  requested: Map<string, { file: string; variant: Variant }>;
  queue: { file: string; variant: Variant }[];
  running: Set<Promise<void>>;
  usedKeys: Set<string>;
  /** Originals that could not be encoded, with sharp's message. */
  failures: Map<string, string>;
  encoded: number;
  fromCache: number;
}

export interface ImageVariantsOptions {
  /** Folder of the originals: `/img/a.png` is `<publicDir>/img/a.png`. */
  publicDir: string;
  cacheDir: string;
  /** The project's IMAGE_SETTINGS unless a test chooses others. */
  settings?: Omit<ResponsiveImageSettings, "encoderVersion">;
  /** Variants encoded at once (2). */
  concurrency?: number;
}

export interface ImageVariants {
  /** The plan of a content image's `<picture>`, its encoding started; undefined for an image published as it is. */
  plan(src: string, overrides?: ImageOverrides): ResponsiveImage | undefined;
  /** Forgets the previous run's requests (the dev server rebuilds with the same object). */
  beginRun(): void;
  /** Waits for this run's variants and links them into the site. */
  publish(outputDir: string): Promise<VariantsReport>;
}

export interface VariantsReport {
  originals: number;
  /**
   * The pixel size and bytes of each original, by its path on the site: read (or known from the
   * cache's index) to plan it, and published as it is.
   */
  originalFiles: ReadonlyMap<string, ImageFile>;
  variants: number;
  /** Variants this run encoded (missing from the cache). */
  encoded: number;
  fromCache: number;
  /** Originals sharp could not read, by file. */
  failures: { file: string; message: string }[];
  /** The cache keys this run used, kept by the pruning. */
  usedKeys: ReadonlySet<string>;
  /** From the start of the run to the last file published. */
  milliseconds: number;
}
