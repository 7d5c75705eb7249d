import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import { benchSiteFolder } from "./bench-site-folder.ts";
import { seconds } from "./french-numbers.ts";
import { type CommandMeasure, measureCommand } from "./measure-command.ts";
import { type OutputSizes, outputSizes } from "./output-sizes.ts";

/**
 * The real site built both ways on this machine, in one run: with its own toolchain (`npm run
 * build`: Eleventy with its templates, then Pagefind), and migrated onto this generator
 * (`npm run migrate`, then `npm run build`). Each side builds once to warm up (its image cache),
 * then `repeat` times from a clean output folder — the image cache kept, as both projects keep it
 * between builds —, alternately, so that both meet the same load. Nothing is written outside a
 * temporary folder of `.bench-sites/`.
 */
export async function compareWithRealSite(
  realSite: string,
  options: ComparisonOptions,
  log: (line: string) => void,
): Promise<RealSiteComparison> {
  const root = benchSiteFolder("site-reel-");
  try {
    const theirs = path.join(root, "outil-d-origine");
    const ours = path.join(root, "generateur");
    log(`site réel : copie de ${realSite}`);
    copyFolder(realSite, theirs, ["node_modules", "_site", ".git"]);
    // Its image cache is the images eleventy-img wrote into the output folder: kept, as a checkout keeps it.
    const images = path.join(realSite, "_site", "img");
    if (existsSync(images)) cpSync(images, path.join(theirs, "_site", "img"), { recursive: true });
    if (existsSync(path.join(realSite, "node_modules")))
      symlinkSync(path.resolve(realSite, "node_modules"), path.join(theirs, "node_modules"));
    else
      await required(
        measureCommand("npm ci --no-audit --no-fund", theirs, path.join(root, "npm-ci.log")),
        "npm ci du site réel",
      );
    // Its pages take their dates from git history: the copy gets the history of the original.
    if (existsSync(path.join(realSite, ".git")))
      execFileSync("git", ["clone", "-q", "--bare", realSite, path.join(theirs, ".git")]);
    execFileSync("git", ["config", "core.bare", "false"], { cwd: theirs });

    log("générateur : copie du projet et migration du site réel");
    copyProject(ours);
    await required(
      measureCommand(
        `node --import tsx scripts/migrate.ts ${JSON.stringify(path.resolve(realSite))}`,
        ours,
        path.join(root, "migration.log"),
      ),
      "npm run migrate",
    );
    // Page dates come from git history, on both sides: the migrated pages get a commit of their own.
    commitAll(ours, "migration du site réel");

    const sides = {
      theirs: { dir: theirs, clean: () => cleanExceptImages(path.join(theirs, "_site")) },
      ours: { dir: ours, clean: () => rmSync(path.join(ours, "_site"), { recursive: true, force: true }) },
    };
    const runs: Record<Side, CommandMeasure[]> = { theirs: [], ours: [] };
    for (let round = 0; round <= options.repeat; round++) {
      for (const side of ["theirs", "ours"] as const) {
        sides[side].clean();
        const measure = await measureCommand("npm run build", sides[side].dir, path.join(root, `${side}-${round}.log`));
        if (round === 0)
          log(
            `${SIDE_NAMES[side]} : construction de mise en route ${seconds(measure.wallMs)}${measure.ok ? "" : " (échec : voir le journal)"}`,
          );
        else {
          runs[side].push(measure);
          log(
            `${SIDE_NAMES[side]}, mesure ${round}/${options.repeat} : ${seconds(measure.wallMs)}, processeur ${seconds(measure.cpuMs)}${measure.ok ? "" : " (construction refusée)"}`,
          );
        }
      }
    }
    return {
      date: new Date().toISOString(),
      repeat: options.repeat,
      theirs: { build: median(runs.theirs), output: publishedSizes(path.join(theirs, "_site"), "_pagefind") },
      ours: { build: median(runs.ours), output: publishedSizes(path.join(ours, "_site")) },
    };
  } finally {
    if (options.keep) log(`dossier conservé : ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

/** The project as committed, with its dependencies, into `target`: the migration then replaces its sample pages. */
function copyProject(target: string): void {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: PROJECT_ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, file), path.join(target, file));
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(target, "node_modules"));
  execFileSync("git", ["init", "-q"], { cwd: target });
  commitAll(target, "le projet");
}

function commitAll(folder: string, message: string): void {
  execFileSync("git", ["add", "-A"], { cwd: folder });
  execFileSync("git", ["-c", "user.name=banc", "-c", "user.email=banc@localhost", "commit", "-qm", message], {
    cwd: folder,
  });
}

function copyFolder(from: string, to: string, skipped: string[]): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => !skipped.includes(path.relative(from, source).split(path.sep)[0] ?? ""),
  });
}

/** Empties an eleventy-dsfr output folder but its `img/`, where eleventy-img keeps the images it made (its cache). */
function cleanExceptImages(site: string): void {
  if (!existsSync(site)) return;
  for (const entry of readdirSync(site))
    if (entry !== "img") rmSync(path.join(site, entry), { recursive: true, force: true });
}

async function required(measure: Promise<CommandMeasure>, what: string): Promise<CommandMeasure> {
  const done = await measure;
  if (!done.ok)
    throw new Error(`${what} a échoué : voir le journal dans .bench-sites/ (relancez avec --keep pour le garder)`);
  return done;
}

/** What a build published; nothing when it refused to publish (our build, on content errors, leaves no `_site/`). */
function publishedSizes(outputDir: string, searchFolder?: string): OutputSizes | undefined {
  return existsSync(outputDir) ? outputSizes(outputDir, searchFolder) : undefined;
}

function median(samples: CommandMeasure[]): CommandMeasure {
  return [...samples].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((samples.length - 1) / 2)]!;
}

const SIDE_NAMES: Record<Side, string> = { theirs: "outil d’origine", ours: "générateur" };

type Side = "theirs" | "ours";

export interface ComparisonOptions {
  repeat: number;
  keep: boolean;
}

export interface RealSiteComparison {
  date: string;
  repeat: number;
  theirs: { build: CommandMeasure; output?: OutputSizes };
  ours: { build: CommandMeasure; output?: OutputSizes };
}
