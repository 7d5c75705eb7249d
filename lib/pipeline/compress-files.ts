import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { eachWithConcurrency } from "../shared/each-with-concurrency.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Text formats worth compressing once for all; images, fonts and Pagefind's files are compressed
 * already. Pages are left to nginx, which compresses them on each request (deploy/nginx.conf):
 * two more files for each of thousands of pages would cost the build more than nginx ever spends.
 */
const COMPRESSIBLE = new Set([".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".ico"]);
/** Below this size the saving does not pay for the extra file. */
const MIN_BYTES = 256;

/** Few, large and cached for a year: worth the slowest, strongest settings. */
const ASSETS = new Set([".css", ".js", ".mjs", ".svg", ".webmanifest", ".ico"]);
/** The other files (site map, search entry…) change with the content: settings that stay fast (brotli 11 takes a hundred times longer for a few percent). */
const CONTENT_SETTINGS = { brotliQuality: 5, gzipLevel: 6 };
const ASSET_SETTINGS = { brotliQuality: constants.BROTLI_MAX_QUALITY, gzipLevel: constants.Z_BEST_COMPRESSION };

/**
 * Writes `file.br` and `file.gz` beside every text file of a built site but its pages, so that
 * nginx sends them as they are (`brotli_static`, `gzip_static`). A variant is kept only when it is smaller.
 */
export async function compressFiles(dir: string, options: { except?: string } = {}): Promise<CompressionReport> {
  const skipped = options.except ? path.join(dir, options.except) : undefined;
  const report: CompressionReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // A folder a build may not write (the search index, when a test skips it): nothing to compress.
  if (!existsSync(dir)) return report;
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    // Hidden files (the checks' `.pages.json`) are the build's own, never sent to readers.
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && COMPRESSIBLE.has(path.extname(entry.name)))
    .filter((entry) => !skipped || !isInside(entry.parentPath, skipped))
    .map((entry) => path.join(entry.parentPath, entry.name));
  // A few files at a time: each compression holds its file and its encoder's memory until it is done.
  await eachWithConcurrency(files, 8 * availableParallelism(), async (file) => {
    const content = await readFile(file);
    if (content.length < MIN_BYTES) return;
    const settings = ASSETS.has(path.extname(file)) ? ASSET_SETTINGS : CONTENT_SETTINGS;
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: settings.brotliQuality,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: settings.gzipLevel }),
    ]);
    report.files += 1;
    report.bytes += content.length;
    if (br.length < content.length) {
      await writeFile(`${file}.br`, br);
      report.brotliBytes += br.length;
    }
    if (gz.length < content.length) {
      await writeFile(`${file}.gz`, gz);
      report.gzipBytes += gz.length;
    }
  });
  return report;
}

function isInside(folder: string, ancestor: string): boolean {
  return folder === ancestor || folder.startsWith(`${ancestor}${path.sep}`);
}

export interface CompressionReport {
  /** Text files compressed. */
  files: number;
  /** Their size as written by the build. */
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}
