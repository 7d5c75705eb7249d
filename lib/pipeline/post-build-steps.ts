import type { Finding } from "../checks/finding.ts";
import { SEARCH_FOLDER } from "../search/index-site.ts";
import { searchIndexStep } from "../search/search-index-step.ts";
import type { BuildOptions } from "./build-site.ts";
import { compressionStep } from "./compression-step.ts";

/**
 * What runs on the rendered and checked site before it is published: each phase once the one
 * before is done, the steps of a phase at the same time. Each step reads the staging folder and
 * returns the problems it found; any error stops the publication.
 */
export const postBuildPhases: PostBuildPhase[] = [
  // Pagefind indexes in its own process while Node's thread pool compresses the stylesheets and scripts.
  { name: "search", steps: [searchIndexStep, compressionStep({ except: SEARCH_FOLDER })] },
  // Then the scripts Pagefind has just written.
  { name: "compression", steps: [compressionStep({ only: SEARCH_FOLDER })] },
];

export interface PostBuildPhase {
  /** Its name in the build's timings. */
  name: string;
  steps: PostBuildStep[];
}

export interface PostBuildStep {
  /** What it does, in French, for the message of a failure (« écriture de l’index de recherche »). */
  label: string;
  run(site: StagedSite): Promise<Finding[]>;
}

export interface StagedSite {
  input: string;
  /** The staging folder, published only if no step reports an error. */
  outputDir: string;
  pathPrefix: string;
  options: BuildOptions;
}
