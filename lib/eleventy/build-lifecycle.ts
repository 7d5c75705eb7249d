import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildContext } from "../pipeline/build-context.ts";
import { type AfterEvent, directoriesOf, type RunEvent } from "./eleventy-shapes.ts";

/**
 * Starts and ends each run of the build context with Eleventy's own (the dev server runs once
 * per save): the other plugins hook into the context's phases rather than into Eleventy's events,
 * so what must happen after what is said by the phase a step joins, not by the order of `addPlugin`.
 */
export default function buildLifecyclePlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  eleventyConfig.on("eleventy.before", (event: RunEvent) => build.beginRun(event));
  eleventyConfig.on("eleventy.after", (event: AfterEvent) => build.endRun(event, directoriesOf(eleventyConfig).output));
}
