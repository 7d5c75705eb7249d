import path from "node:path";
import { compressFiles } from "./compress-files.ts";
import { BUILD_STEPS } from "./file-system-error.ts";
import type { PostBuildStep } from "./post-build-steps.ts";

/**
 * Writes the .br and .gz files nginx serves: of the whole site but one folder (`except`), or of
 * that folder alone (`only`), so that each part can be compressed as soon as it is written.
 */
export function compressionStep(part: { except: string } | { only: string }): PostBuildStep {
  return {
    label: BUILD_STEPS.compression,
    async run({ outputDir, options }) {
      if (options.skipCompression) return [];
      if ("only" in part) await compressFiles(path.join(outputDir, part.only));
      else await compressFiles(outputDir, { except: part.except });
      return [];
    },
  };
}
