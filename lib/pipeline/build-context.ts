import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Environment } from "nunjucks";
import type { Finding } from "../checks/finding.ts";
import type { ManifestPage } from "../checks/model/site-manifest.ts";
import { PageIds } from "../components/page-ids.ts";
import type { DiagramRequest } from "../diagrams/diagram-request.ts";
import type { AfterEvent, RunEvent } from "../eleventy/eleventy-shapes.ts";

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
  /** Sources of the pages read during this run (lines of component calls, heading levels). */
  readonly sources = new Map<string, string>();
  /** DSFR pictograms drawn by this run: their URL on the site and the file to publish there. */
  readonly pictograms = new Map<string, string>();
  /** Diagrams the Markdown met this run, by the mark left in their place (`data-frx-diagram`). */
  readonly diagrams = new Map<string, DiagramRequest>();
  /** Eleventy's Nunjucks environment, which Markdown containers render component templates with. */
  templates?: Environment;

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
    this.findings.length = 0;
    this.writtenPages.clear();
    this.pageIds.clear();
    this.sources.clear();
    this.pictograms.clear();
    this.diagrams.clear();
    for (const step of this.#beforeRun) step(event);
  }

  /** Called by Eleventy's `eleventy.after`: the writing steps at once, then the reading steps. */
  async endRun(event: AfterEvent): Promise<void> {
    await Promise.all(this.#writes.map((step) => step(event)));
    await Promise.all(this.#reads.map((step) => step(event)));
  }
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
