import { CommandLineError, parseCommandLine } from "../../lib/shared/command-line.ts";

/**
 * Reads the options of `npm run bench -- …`: `--pages N` (repeatable, or `--pages 1000,4000`),
 * `--seed`, `--repeat`, `--out`, `--no-dev`, `--profile`, `--keep`, `--real-site <dossier>`. Throws a French
 * message on a mistake.
 */
export function parseBenchArguments(args: string[]): BenchOptions {
  const { values } = parseCommandLine(args, {
    pages: { type: "string", multiple: true },
    seed: { type: "string", default: "1" },
    repeat: { type: "string", default: "3" },
    out: { type: "string", default: "bench-results" },
    "no-dev": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "real-site": { type: "string" },
  });
  const sizes = (values.pages ?? []).flatMap((list) => list.split(",")).map((size) => positive(size, "--pages"));
  return {
    sizes: sizes.length > 0 ? [...new Set(sizes)].sort((a, b) => a - b) : [1000, 4000],
    seed: positive(values.seed, "--seed"),
    repeat: positive(values.repeat, "--repeat"),
    outDir: values.out || "bench-results",
    devServer: !values["no-dev"],
    profile: values.profile,
    keep: values.keep,
    ...(values["real-site"] ? { realSite: values["real-site"] } : {}),
  };
}

function positive(text: string, option: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1)
    throw new CommandLineError(`${option} attend un entier positif, reçu « ${text} »`);
  return number;
}

export interface BenchOptions {
  /** Numbers of pages to generate and build, smallest first. */
  sizes: number[];
  seed: number;
  /** Measurements per size (3 by default: a busy machine makes single runs vary); the median is kept. */
  repeat: number;
  outDir: string;
  /** Also measure the dev server's incremental rebuild (on 1,000 pages, or the smallest size). */
  devServer: boolean;
  /** Writes a CPU profile of the largest build into `<outDir>/profiles/`. */
  profile: boolean;
  /** Keeps the temporary sites, to look at them. */
  keep: boolean;
  /** A checkout of a site made with eleventy-dsfr: built by its own toolchain and by this generator, side by side, instead of the synthetic sites. */
  realSite?: string;
}
