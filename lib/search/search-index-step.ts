import { BUILD_STEPS } from "../pipeline/file-system-error.ts";
import type { PostBuildStep } from "../pipeline/post-build-steps.ts";
import { indexSite } from "./index-site.ts";

/** The post-build step that indexes the staging folder for the search page (skipped by HTML-only tests). */
export const searchIndexStep: PostBuildStep = {
  label: BUILD_STEPS.search,
  async run({ outputDir, options }) {
    if (options.skipSearch) return [];
    return indexSite(outputDir, options.signal);
  },
};
