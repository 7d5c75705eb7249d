import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildContext } from "../pipeline/build-context.ts";

/**
 * Drafts: a page with `draft: true` (or in a folder whose data says so) is left out of a build
 * entirely, as if its file did not exist (no page, menu entry, listing, feed, sitemap line, search
 * result or tag), while `npm start` shows it with a « Brouillon » badge. The build remembers the
 * URL each draft would have, so that a link to it is reported as a link to a draft.
 * See https://www.11ty.dev/docs/config-preprocessors/#example-drafts
 */
export default function draftsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  eleventyConfig.addPreprocessor("drafts", "*", (data: DraftData) => {
    if (data.draft !== true || data.eleventy?.env?.runMode !== "build") return undefined;
    build.drafts.set(draftUrl(data), path.relative(".", data.page.inputPath));
    return false;
  });
}

/**
 * The URL a draft would be published at: its `permalink` when it is a plain path, Eleventy's
 * default otherwise (`a/b.md` → `/a/b/`, `a/index.md` and `a/a.md` → `/a/`).
 */
export function draftUrl(data: Pick<DraftData, "permalink" | "page">): string {
  if (typeof data.permalink === "string" && data.permalink.startsWith("/") && !/[{}]/.test(data.permalink))
    return data.permalink.replace(/index\.html$/, "");
  const parts = data.page.filePathStem.split("/").filter(Boolean);
  if (parts.at(-1) === "index" || (parts.length > 1 && parts.at(-1) === parts.at(-2))) parts.pop();
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}

interface DraftData {
  draft?: unknown;
  permalink?: unknown;
  eleventy?: { env?: { runMode?: string } };
  page: { inputPath: string; filePathStem: string };
}
