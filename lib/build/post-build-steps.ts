import type { Finding } from "../checks/finding.ts";
import { searchIndexStep } from "../search/search-index-step.ts";
import type { BuildOptions } from "./build-site.ts";
import { compressionStep } from "./compression-step.ts";

/**
 * What runs on the rendered and checked site before it is published, in order. Each step
 * reads the staging folder and returns the problems it found; any error stops the publication.
 */
export const postBuildSteps: PostBuildStep[] = [
  searchIndexStep,
  // Last: it compresses the files the other steps wrote.
  compressionStep,
];

export interface PostBuildStep {
  name: string;
  run(context: BuildContext): Promise<Finding[]>;
}

export interface BuildContext {
  input: string;
  /** The staging folder, published only if no step reports an error. */
  outputDir: string;
  pathPrefix: string;
  options: BuildOptions;
}
