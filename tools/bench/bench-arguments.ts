/**
 * Reads the options of `npm run bench -- …`: `--pages N` (repeatable, or `--pages 1000,4000`),
 * `--seed`, `--repeat`, `--out`, `--no-dev`, `--profile`, `--keep`. Throws a French message on a mistake.
 */
export function parseBenchArguments(args: string[]): BenchOptions {
  const options: BenchOptions = { sizes: [], seed: 1, repeat: 3, outDir: "bench-results", devServer: true, profile: false, keep: false };
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split("=", 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? "";
    if (name === "--pages") options.sizes.push(...value().split(",").map((size) => positive(size, name)));
    else if (name === "--seed") options.seed = positive(value(), name);
    else if (name === "--repeat") options.repeat = positive(value(), name);
    else if (name === "--out") options.outDir = value() || options.outDir;
    else if (name === "--no-dev") options.devServer = false;
    else if (name === "--profile") options.profile = true;
    else if (name === "--keep") options.keep = true;
    else throw new Error(`option inconnue « ${args[i]} » : options possibles --pages, --seed, --repeat, --out, --no-dev, --profile, --keep`);
  }
  if (options.sizes.length === 0) options.sizes = [1000, 4000];
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}

function positive(text: string, option: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${option} attend un entier positif, reçu « ${text} »`);
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
}
