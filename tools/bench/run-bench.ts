import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pictogramNames, resolvePictogram } from "../../lib/dsfr/pictogram-files.ts";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import type { BenchOptions } from "./bench-arguments.ts";
import type { BenchResult, BenchRun } from "./bench-result.ts";
import { benchSiteFolder } from "./bench-site-folder.ts";
import { seconds } from "./french-numbers.ts";
import { type BuildMeasure, measureBuild } from "./measure-build.ts";
import { measureDevRebuild } from "./measure-dev-rebuild.ts";
import { outputSizes } from "./output-sizes.ts";
import { type SyntheticSite, syntheticSite } from "./synthetic-site.ts";
import { writeSyntheticSite } from "./write-synthetic-site.ts";

/**
 * For each size: generates the synthetic site in a temporary folder, builds it once with an
 * empty image and diagram caches (every variant encoded, every diagram drawn: the cold build), then
 * with the bare floor and with our pipeline (each in a fresh process, alternately when repeated, the
 * variants and diagrams in the cache),
 * measures its output, and on one size the dev server's incremental rebuild.
 *
 * Every build writes a folder of its own, and the sites are removed only once all is measured.
 * On a file system without a journal (this machine's ext4), Linux skips the inodes freed in the
 * last minute when it creates a file: a build that follows the removal of thousands of files
 * creates its own up to a third slower, which would measure the removal rather than the build.
 */
export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<BenchResult> {
  const pictograms = pictogramNames()
    .filter((name) => resolvePictogram(name)?.fromDsfr)
    .sort();
  const devPages = options.sizes.includes(1000) ? 1000 : Math.min(...options.sizes);
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: machine(),
    seed: options.seed,
    repeat: options.repeat,
    runs: [],
  };

  const roots: string[] = [];
  try {
    for (const pages of options.sizes) {
      const root = benchSiteFolder(`${pages}-`);
      roots.push(root);
      const input = path.relative(PROJECT_ROOT, path.join(root, "content"));
      const site = syntheticSite({ pages, seed: options.seed, pictograms });
      writeSyntheticSite(root, site);
      log(`${pages} pages : site synthétique écrit dans ${root}`);
      // The site's own image and diagram caches: the first build fills them, the next ones read them.
      const env = {
        AIDE_IMAGE_CACHE: path.join(root, "cache-images"),
        AIDE_DIAGRAM_CACHE: path.join(root, "cache-diagrammes"),
      };
      const cold = await measureBuild("site", input, path.join(root, "_site-froid"), { env });
      log(`${pages} pages, caches des images et des diagrammes vides : construction ${seconds(cold.totalMs)}`);
      const floors: BuildMeasure[] = [];
      const builds: BuildMeasure[] = [];
      for (let round = 1; round <= options.repeat; round++) {
        floors.push(await measureBuild("floor", input, path.join(root, `_floor-${round}`)));
        const profileDir =
          options.profile && pages === Math.max(...options.sizes) && round === 1
            ? path.resolve(options.outDir, "profiles")
            : undefined;
        builds.push(await measureBuild("site", input, path.join(root, `_site-${round}`), { profileDir, env }));
        log(
          `${pages} pages, mesure ${round}/${options.repeat} : plancher ${seconds(floors[round - 1]!.timings.eleventy)}, construction ${seconds(builds[round - 1]!.totalMs)}`,
        );
        // A build refused by its checks publishes nothing: there would be no site to measure.
        if (!builds[round - 1]!.ok)
          throw new Error(
            `le site synthétique de ${pages} pages n’a pas été publié :\n${builds[round - 1]!.findings.slice(0, 10).join("\n")}`,
          );
      }
      const run: BenchRun = {
        pages,
        site: median(builds, (build) => build.totalMs),
        coldSite: cold,
        diagrams: countDiagrams(site),
        floor: median(floors, (build) => build.timings.eleventy),
        output: outputSizes(path.join(root, `_site-${options.repeat}`)),
      };
      result.runs.push(run);
      if (options.devServer && pages === devPages) {
        log(`${pages} pages : serveur de développement…`);
        result.devServer = {
          pages,
          ...(await measureDevRebuild({ input, output: path.join(root, "_dev"), ...editedPage(site, root) })),
        };
      }
    }
  } finally {
    for (const root of roots) {
      if (options.keep) log(`dossier conservé : ${root}`);
      else rmSync(root, { recursive: true, force: true });
    }
  }
  return result;
}

function countDiagrams(site: SyntheticSite): number {
  return site.files.reduce((count, file) => count + (String(file.content).match(/^```mermaid$/gm)?.length ?? 0), 0);
}

/** A page in the middle of a guide, the kind an editor works on. */
function editedPage(site: SyntheticSite, root: string): { file: string; url: string } {
  const page = site.pages.find((candidate) => candidate.level === 3 && !candidate.indexFile) ?? site.pages[0]!;
  return { file: path.relative(path.join(root, "content"), path.join(root, page.file)), url: page.url };
}

function median<T>(samples: T[], by: (sample: T) => number): T {
  return [...samples].sort((a, b) => by(a) - by(b))[Math.floor((samples.length - 1) / 2)]!;
}

function machine(): BenchResult["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "inconnu",
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg(),
  };
}
