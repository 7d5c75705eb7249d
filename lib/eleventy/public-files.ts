import { existsSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildContext } from "../pipeline/build-context.ts";
import { publishFolder } from "../pipeline/publish-files.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

/**
 * Publishes the site's own files (`public/`: images, CSS…) at the root of the site. A build
 * publishes them as hard links once the pages are written, before the other files written beside
 * them (the images' variants go into their folders) and before its checks. The dev server keeps
 * Eleventy's passthrough copy, which copies only what changed.
 */
export default function publicFilesPlugin(
  eleventyConfig: UserConfig,
  options: { build: BuildContext; publicDir: string },
): void {
  // Set by Eleventy before it loads the configuration (https://www.11ty.dev/docs/environment-vars/).
  if (process.env.ELEVENTY_RUN_MODE !== "build") {
    eleventyConfig.addPassthroughCopy({ [options.publicDir]: "/" });
    return;
  }
  options.build.onWrite(() => {
    // A site may have no public files at all (like the passthrough copy, that is no error).
    if (existsSync(options.publicDir)) publishFolder(options.publicDir, directoriesOf(eleventyConfig).output);
  });
}
