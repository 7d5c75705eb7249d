import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatFindings } from "../checks/format-findings.ts";
import type { Finding } from "../checks/finding.ts";
import type { AfterEvent } from "./eleventy-shapes.ts";

/**
 * Problems met while rendering (unknown component, unknown pictogram…), gathered for the whole
 * build instead of stopping at the first one. The build script reads them once Eleventy is done.
 */
export const renderFindings: Finding[] = [];

export function reportRenderFinding(finding: Finding): void {
  const seen = renderFindings.some(
    (other) => other.file === finding.file && other.line === finding.line && other.message === finding.message,
  );
  if (!seen) renderFindings.push(finding);
}

/** Resets the list at each (re)build; the dev server prints it as warnings without stopping. */
export default function renderFindingsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", () => {
    renderFindings.length = 0;
  });
  eleventyConfig.on("eleventy.after", ({ runMode }: AfterEvent) => {
    if (runMode !== "build" && renderFindings.length > 0) console.warn(formatFindings(renderFindings));
  });
}
