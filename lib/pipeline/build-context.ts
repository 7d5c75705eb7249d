import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Environment } from "nunjucks";
import { error, type Finding } from "../checks/finding.ts";
import type { LeftOutPage, ManifestPage } from "../checks/model/site-manifest.ts";
import { PageIds } from "../components/page-ids.ts";
import type { DiagramRequest } from "../diagrams/diagram-request.ts";
import type { AfterEvent, RunEvent } from "../eleventy/eleventy-shapes.ts";
import type { ImageFile } from "../images/dimensions.ts";
import type { PageScript } from "../pages/page-scripts.ts";
import type { PostIndex } from "../posts/post-sections.ts";
import { BUILD_STEPS, fileSystemFinding } from "./file-system-error.ts";

/**
 * What one build collects while Eleventy renders, in one object: created by the pipeline that
 * runs Eleventy (or by `.eleventy.ts` for the dev server), handed to the plugins as an option,
 * and read by the pipeline once Eleventy is done. Nothing a build collects lives in a module.
 *
 * A run is one Eleventy build; the dev server makes one per save. Its after-render work has two
 * phases, so that no plugin depends on the order plugins are added in: first every step that
 * writes files beside the pages (`onWrite`), then every step that reads the written site
 * (`onWritten`).
 */
export class BuildContext {
  /** Problems met while rendering (unknown component, pictogram…), each said once per run. */
  readonly findings: Finding[] = [];
  /** The HTML of the pages this run wrote, by site path (`/fr/index.html`): the checks read them from memory. */
  readonly writtenPages = new Map<string, string>();
  /** Each page's source, data and URL, by site path: kept across the dev server's runs, which only report what they rewrote. */
  readonly pages = new Map<string, ManifestPage>();
  /** The ids given in each page, so that components and containers never repeat one. */
  readonly pageIds = new PageIds();
  /**
   * The fields each page's own front matter writes, by source, noted as Eleventy reads it: the
   * checks tell its unknown fields without reading every page again. Kept across the dev server's
   * runs, which read only the pages that changed.
   */
  readonly frontMatterFields = new Map<string, string[]>();
  /** Sources of the pages read during this run (lines of component calls, heading levels). */
  readonly sources = new Map<string, string>();
  /** DSFR pictograms drawn by this run: their URL on the site and the file to publish there. */
  readonly pictograms = new Map<string, string>();
  /** The scripts each page asks for in `{% js %}` blocks, by page URL, in order. */
  readonly pageScripts = new Map<string, PageScript[]>();
  /** The code of the inline scripts of `{% js %}` blocks, by the address it is published at (`/js/pages/…`). */
  readonly scriptFiles = new Map<string, string>();
  /** The sections and their posts, built once per run from every page's data (`lib/eleventy/posts.ts`). */
  postIndex?: PostIndex;
  /** How this run was started: `build`, or the dev server's `serve` and `watch`. */
  runMode: RunEvent["runMode"] = "build";
  /**
   * What each page generated from a collection (tag pages, listing pages, feeds) showed when it
   * was last written, by URL, kept across the dev server's runs: a run rewrites only those whose
   * content changed (`lib/eleventy/changed-pages.ts`).
   */
  readonly generatedPagesWritten = new Map<string, string>();
  /** Drafts this run left out (`draft: true` in a build), source by the URL they would have: links to them are errors. */
  readonly drafts = new Map<string, string>();
  /**
   * Pages left out of this run because they cannot be built (their errors are reported), by
   * source: the URL and navigation entry they would have had, so that links to them and their
   * children are not reported a second time.
   */
  readonly leftOut = new Map<string, LeftOutPage>();
  /** Diagrams the Markdown met this run, by the mark left in their place (`data-frx-diagram`). */
  readonly diagrams = new Map<string, DiagramRequest>();
  /** Eleventy's Nunjucks environment, which Markdown containers render component templates with. */
  templates?: Environment;
  /** What this run did with the variants of the content images, for the build's log. */
  images?: ImagesSummary;
  /**
   * The content images this run published variants of, with their pixel size and bytes, by their
   * path on the site: the checks take them from here rather than open thousands of images again.
   */
  publishedImages?: ReadonlyMap<string, ImageFile>;

  readonly #beforeRun: ((event: RunEvent) => void)[] = [];
  readonly #writes: ((event: AfterEvent) => unknown)[] = [];
  readonly #reads: ((event: AfterEvent) => unknown)[] = [];

  /** Records a problem met while rendering, unless the same one (file, line, message) is recorded already. */
  report(finding: Finding): void {
    const seen = this.findings.some(
      (other) => other.file === finding.file && other.line === finding.line && other.message === finding.message,
    );
    if (!seen) this.findings.push(finding);
  }

  /** Leaves a page out of this run: its errors are reported, the other pages are built and checked. */
  leaveOut(inputPath: string, page: Omit<LeftOutPage, "inputPath">): void {
    this.leftOut.set(inputPath, { inputPath, ...page });
  }

  /** Work at the start of every run, once this run's collections are empty. */
  onRun(step: (event: RunEvent) => void): void {
    this.#beforeRun.push(step);
  }

  /** Files written beside the pages once they are rendered (DSFR assets, pictograms, public files). */
  onWrite(step: (event: AfterEvent) => unknown): void {
    this.#writes.push(step);
  }

  /** Work that reads the whole written site (the dev server's checks): after every `onWrite` step is done. */
  onWritten(step: (event: AfterEvent) => unknown): void {
    this.#reads.push(step);
  }

  /** Called by Eleventy's `eleventy.before`: empties what the previous run collected, then runs the `onRun` steps. */
  beginRun(event: RunEvent): void {
    this.runMode = event.runMode;
    this.findings.length = 0;
    this.writtenPages.clear();
    this.pageIds.clear();
    this.sources.clear();
    this.pictograms.clear();
    this.pageScripts.clear();
    this.scriptFiles.clear();
    this.postIndex = undefined;
    this.drafts.clear();
    this.leftOut.clear();
    this.images = undefined;
    this.publishedImages = undefined;
    this.diagrams.clear();
    for (const step of this.#beforeRun) step(event);
  }

  /** Called by Eleventy's `eleventy.after`: the writing steps at once, then the reading steps. */
  async endRun(event: AfterEvent, outputDir = ""): Promise<void> {
    await Promise.all(this.#writes.map((step) => this.#reporting(step, event, outputDir)));
    // The posts hold Eleventy's templates (for their content), and these every page's HTML: let go
    // once the pages are written, so that the checks that follow do not keep the whole run in memory.
    this.postIndex = undefined;
    await Promise.all(this.#reads.map((step) => this.#reporting(step, event, outputDir)));
  }

  /** A step that fails (a full disk) is a problem of the run, reported as such: never an exception Eleventy leaves uncaught. */
  async #reporting(step: (event: AfterEvent) => unknown, event: AfterEvent, outputDir: string): Promise<void> {
    try {
      await step(event);
    } catch (cause) {
      this.report(
        fileSystemFinding(BUILD_STEPS.render, cause, outputDir) ??
          error(
            "build-failed",
            "",
            `la construction a échoué : ${cause instanceof Error ? cause.message : String(cause)}`,
          ),
      );
    }
  }
}

export interface ImagesSummary {
  originals: number;
  variants: number;
  /** Variants encoded by this run, missing from the cache. */
  encoded: number;
  fromCache: number;
  /** From the run's start to the last variant published. */
  milliseconds: number;
}

/**
 * The build context of an Eleventy configuration: the one the pipeline attached before Eleventy
 * read `.eleventy.ts` (`attachBuildContext`), or a new one when Eleventy runs without the
 * pipeline (the dev server).
 */
export function buildContextOf(eleventyConfig: UserConfig): BuildContext {
  let context = attached.get(eleventyConfig);
  if (!context) {
    context = new BuildContext();
    attached.set(eleventyConfig, context);
  }
  return context;
}

/** Hands a pipeline's context to the configuration Eleventy is about to read (its `config` option runs first). */
export function attachBuildContext(eleventyConfig: UserConfig, context: BuildContext): void {
  attached.set(eleventyConfig, context);
}

/** Contexts by configuration object: a lookup, not a store of build data (each build has its own configuration). */
const attached = new WeakMap<UserConfig, BuildContext>();
