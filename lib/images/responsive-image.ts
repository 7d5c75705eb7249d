import { createHash } from "node:crypto";
import path from "node:path";

/**
 * The plan of a responsive image: from the original's pixel size and content hash alone, the
 * variants to encode (AVIF and WebP at a few widths), their cache keys and published URLs, and
 * what its `<picture>` needs. No I/O: a markdown-it rule or a Nunjucks shortcode, which are
 * synchronous, write the markup at once while the encoding runs beside the rendering
 * (image-variants.ts).
 */
export function planResponsiveImage(
  src: string,
  original: OriginalImage,
  settings: ResponsiveImageSettings,
  overrides: ImageOverrides = {},
): ResponsiveImage {
  const pathname = pathOf(src);
  const stem = pathname.slice(0, pathname.length - path.posix.extname(pathname).length);
  const widths = variantWidths(original.width, overrides.widths ?? settings.widths);
  const variants = settings.formats.flatMap((format) =>
    widths.map((width): Variant => {
      const encoder = settings.encoders[format];
      const key = variantKey(original.contentHash, format, width, encoder, settings.encoderVersion);
      // The key in the name makes the URL change with the bytes: the server may keep it a year.
      const url = `${stem}-${width}w.${key.slice(0, 8)}.${format}`;
      return { format, width, height: scaledHeight(original, width), key, url, encoder };
    }),
  );
  const sources = settings.formats.map((format) => ({
    type: `image/${format}` as const,
    srcset: variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${variant.url} ${variant.width}w`)
      .join(", "),
  }));
  return {
    src,
    width: original.width,
    height: original.height,
    sizes: overrides.sizes ?? settings.sizes,
    sources,
    variants,
  };
}

/** Whether the site publishes variants of this image: a raster file of the site (not SVG, not an animated GIF). */
export function isResponsiveCandidate(src: string, settings: Pick<ResponsiveImageSettings, "extensions">): boolean {
  if (!src.startsWith("/") || src.startsWith("//")) return false;
  return settings.extensions.includes(path.posix.extname(pathOf(src)).toLowerCase());
}

/**
 * The widths to encode: the wanted ones narrower than the original, and the original's own width
 * in place of those that are not (an image is never enlarged).
 * 1200 → [375, 750, 1200]; 800 → [375, 750, 800]; 300 → [300]; 2400 → [375, 750, 1200].
 */
export function variantWidths(originalWidth: number, wanted: readonly number[]): number[] {
  const sorted = [...new Set(wanted)].filter((width) => width > 0).sort((a, b) => a - b);
  const narrower = sorted.filter((width) => width < originalWidth);
  return narrower.length < sorted.length ? [...narrower, originalWidth] : narrower;
}

/** The height of a variant `width` pixels wide, as sharp rounds it when resizing by width. */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  if (width === original.width) return original.height;
  return Math.max(1, Math.round((original.height * width) / original.width));
}

/**
 * The cache key of a variant: the original's bytes, the output's format and width, the encoder's
 * settings and version. Same key, same bytes: an entry never needs invalidating. 32 hex digits.
 */
export function variantKey(
  contentHash: string,
  format: ModernFormat,
  width: number,
  encoder: EncoderSettings,
  encoderVersion: string,
): string {
  const spec = JSON.stringify([contentHash, format, width, encoder.quality, encoder.effort, encoderVersion]);
  return createHash("sha256").update(spec).digest("hex").slice(0, 32);
}

/**
 * How wide a content image is drawn, per viewport: the column less the padding on a phone
 * (343 px at 375), 8/12 of the container beside the side menu from 48em, 9/12 from 62em, and never
 * more than the 50rem of `.frx-img-contained`. Measured in Chromium; each term is a little above the
 * measure, since a `sizes` too narrow picks a blurry variant and one too wide only a larger file.
 */
export const CONTENT_IMAGE_SIZES =
  "(min-width: 62em) min(50rem, calc(75vw - 2rem)), (min-width: 48em) calc(66.7vw - 1.5rem), calc(100vw - 2rem)";

/** What the site publishes; the encoder's version is added when sharp is loaded. */
export const IMAGE_SETTINGS: Omit<ResponsiveImageSettings, "encoderVersion"> = {
  // A 375 px phone at 1× and 2×, then a desktop column.
  widths: [375, 750, 1200],
  formats: ["avif", "webp"],
  encoders: {
    // Measured on screenshots at 750 px: AVIF effort 3 gives the size and fidelity of sharp's
    // default 4 (SSIM 0.9965) for 38 % of its time; effort 6 costs 3× more for 3 % less.
    avif: { quality: 60, effort: 3 },
    webp: { quality: 80, effort: 4 },
  },
  sizes: CONTENT_IMAGE_SIZES,
  extensions: [".png", ".jpg", ".jpeg", ".webp"],
};

/** Whether a site path is a variant the build published (`/img/a-750w.1a2b3c4d.avif`), not an editor's file. */
export function isVariantPath(sitePath: string): boolean {
  return VARIANT_NAME.test(sitePath);
}

const VARIANT_NAME = /-\d+w\.[0-9a-f]{8}\.(avif|webp)$/;

function pathOf(src: string): string {
  return src.split(/[?#]/)[0]!;
}

/** The modern formats offered as `<source>`, best first; the original stays the `<img>`'s fallback. */
export type ModernFormat = "avif" | "webp";

export interface EncoderSettings {
  /** 1–100. */
  quality: number;
  /** sharp's CPU effort: AVIF 0–9, WebP 0–6. */
  effort: number;
}

export interface ResponsiveImageSettings {
  /** Widths offered, in pixels; those wider than the original give way to its own width. */
  widths: number[];
  formats: ModernFormat[];
  encoders: Record<ModernFormat, EncoderSettings>;
  /** The `sizes` attribute: how wide the image is drawn, per viewport. */
  sizes: string;
  /** Extensions of the originals given variants, in lower case. */
  extensions: string[];
  /** `sharp 0.35.5 / sharp-libvips 1.3.4`: another encoder gives other bytes, so other keys. */
  encoderVersion: string;
}

/** An editor's choices for one image (`imageContent`'s `widths` and `sizes`). */
export interface ImageOverrides {
  widths?: number[];
  sizes?: string;
}

/** What the plan needs to know of the original: read from its header and its bytes. */
export interface OriginalImage {
  width: number;
  height: number;
  /** sha256 of the file's bytes, in hex. */
  contentHash: string;
}

/** One file to encode: its cache key, where it is published, its size. */
export interface Variant {
  format: ModernFormat;
  width: number;
  height: number;
  key: string;
  /** Its URL on the site, beside the original: `/img/a/b-750w.1a2b3c4d.avif`. */
  url: string;
  encoder: EncoderSettings;
}

export interface ResponsiveImage {
  /** The original's URL, unchanged: the `<img src>` of browsers without AVIF or WebP. */
  src: string;
  width: number;
  height: number;
  sizes: string;
  /** One `<source>` per modern format, best first. */
  sources: { type: `image/${ModernFormat}`; srcset: string }[];
  variants: Variant[];
}
