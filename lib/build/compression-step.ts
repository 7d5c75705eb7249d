import { compressFiles } from "./compress-files.ts";
import type { PostBuildStep } from "./post-build-steps.ts";

/** Writes the .br and .gz files nginx serves; last, so that it compresses what the other steps wrote. */
export const compressionStep: PostBuildStep = {
  name: "compression",
  async run({ outputDir, options }) {
    if (!options.skipCompression) await compressFiles(outputDir);
    return [];
  },
};
