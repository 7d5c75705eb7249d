import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * The few shapes of Eleventy that our plugins read, typed once: Eleventy 3 ships JSDoc
 * types where these are plain objects.
 */

/** The folders of the running build (the ones given on the command line or to the API, not the config's defaults). */
export function directoriesOf(eleventyConfig: UserConfig): { input: string; output: string } {
  return eleventyConfig.directories as { input: string; output: string };
}

export interface CollectionItem {
  url: string | false;
  inputPath: string;
  data: Record<string, unknown> & {
    title?: string;
    description?: string;
    pictogram?: string;
    eleventyExcludeFromCollections?: boolean;
    eleventyNavigation?: {
      key?: unknown;
      parent?: unknown;
      order?: unknown;
      nav?: unknown;
      title?: unknown;
      clickableParent?: unknown;
      sidemenuActive?: unknown;
    };
  };
}

export interface CollectionApi {
  getAll(): CollectionItem[];
  /** Sorted as Eleventy sorts its collections (by date, then by file). */
  getAllSorted(): CollectionItem[];
}

/** What `eleventy.before` listeners receive. */
export interface RunEvent {
  runMode: "build" | "watch" | "serve";
}

/** What `eleventy.after` listeners receive (its `dir` is the config's, so read `directoriesOf` instead). */
export interface AfterEvent extends RunEvent {
  results: { inputPath: string; outputPath: string | false; url: string | false; content?: string }[];
}
