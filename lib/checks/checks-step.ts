import type { PostBuildStep } from "../build/post-build-steps.ts";
import { writtenPages } from "../eleventy/checks.ts";
import { checkSite } from "./check-site.ts";
import { readSiteModel } from "./site-model.ts";

/** Checks the freshly built site; also after rendering errors, so that the editor sees every problem at once. */
export const checksStep: PostBuildStep = {
  name: "checks",
  afterErrors: true,
  async run({ outputDir, options }) {
    // Without the search index, its files are missing on purpose.
    const ignore = options.skipSearch ? ["/pagefind/"] : [];
    return checkSite(readSiteModel(outputDir, { ignore, written: writtenPages }));
  },
};
