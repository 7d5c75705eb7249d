import type { BuildMeasure } from "./measure-build.ts";
import type { DevRebuildMeasure } from "./measure-dev-rebuild.ts";
import type { OutputSizes } from "./output-sizes.ts";

/** Everything one `npm run bench` measured, as written to `bench-results/bench.json`. */
export interface BenchResult {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    platform: string;
    loadAverage: number[];
  };
  seed: number;
  /** Measurements per size kept: the median of `repeat` runs. */
  repeat: number;
  runs: BenchRun[];
  devServer?: DevRebuildMeasure & { pages: number };
}

export interface BenchRun {
  /** Markdown pages generated in the guides (the site's frame adds a few more). */
  pages: number;
  /** Our build: the real configuration and every post-build step, the images' variants and the diagrams in their caches. */
  site: BuildMeasure;
  /** The same build with empty caches: every image variant encoded, every diagram drawn in Chromium. */
  coldSite?: BuildMeasure;
  /** Mermaid diagrams in the synthetic site. */
  diagrams?: number;
  /** Plain Eleventy on the same Markdown. */
  floor: BuildMeasure;
  output: OutputSizes;
}
