import { convertDataFile, isCommonJs } from "./data-files.ts";
import { carryFormerFeeds, formerFeedsOf } from "./former-feeds.ts";
import { applyFrontMatterRules } from "./front-matter-rules.ts";
import { packageFilesOf } from "./package-files.ts";
import { joinPage, splitPage } from "./page-file.ts";
import { isSamplePage, SAMPLE_PAGES } from "./sample-pages.ts";
import { partOf } from "./site-parts.ts";

/**
 * What importing an eleventy-dsfr site into this project would do, decided without touching a
 * file: every write, every file put aside, every conflict, and the report that explains them.
 * A file already as the migration would write it is left alone, so a second run changes nothing;
 * a file that differs is never overwritten unless `replace` is given (the old one is put aside).
 */
export function planMigration(
  source: SiteFiles,
  target: SiteFiles,
  options: { replace?: boolean } = {},
): MigrationPlan {
  const plan: MigrationPlan = { writes: [], asides: [], conflicts: [], report: emptyReport() };
  const redirects: Redirect[] = [];
  const write = (path: string, content: Buffer, section: ReportSection, note?: string, label = path) => {
    // A sample page put aside leaves its path free.
    const existing = plan.asides.includes(path) ? undefined : target.read(path);
    if (existing?.equals(content)) {
      plan.report.upToDate += 1;
      return;
    }
    if (existing && !options.replace) {
      plan.conflicts.push({ path, section });
      return;
    }
    if (existing) {
      plan.asides.push(path);
      plan.report.replacedFiles.push({
        file: path,
        note: "fichier différent du projet remplacé (--replace) : l’ancien est mis de côté",
      });
    }
    plan.writes.push({ path, content });
    if (note) plan.report[section].push({ file: label, note });
    else plan.report.counts[section] += 1;
  };

  for (const file of Object.keys(SAMPLE_PAGES)) {
    const content = target.read(file);
    if (content && isSamplePage(file, content)) plan.asides.push(file);
  }
  if (plan.asides.length > 0)
    plan.report.samples.push(...plan.asides.map((file) => ({ file, note: "page d’exemple" })));

  const formerFeeds = formerFeedsOf(
    source
      .list()
      .filter((file) => file.startsWith("content/feed/"))
      .map((file) => ({ file, text: source.read(file)?.toString("utf8") ?? "" })),
  );

  for (const file of source.list()) {
    const part = partOf(file);
    const bytes = () => source.read(file) ?? Buffer.alloc(0);
    switch (part.kind) {
      case "page": {
        const text = bytes().toString("utf8");
        const parts = splitPage(text);
        const { yaml, changes } =
          parts.yaml === undefined ? { yaml: undefined, changes: [] } : pageYaml(file, parts.yaml, formerFeeds);
        write(
          file,
          Buffer.from(joinPage(parts, yaml), "utf8"),
          "pages",
          changes.length > 0 ? changes.join(" ; ") : undefined,
        );
        break;
      }
      case "data": {
        const code = bytes().toString("utf8");
        if (!isCommonJs(code)) {
          write(file, bytes(), "data", "module ES : copié tel quel");
          break;
        }
        const converted = convertDataFile(file, code);
        write(
          converted.target,
          Buffer.from(converted.content, "utf8"),
          "data",
          converted.reason,
          `${file} → .${converted.kind}`,
        );
        break;
      }
      case "asset":
      case "public":
        write(file, bytes(), part.kind === "asset" ? "pages" : "public");
        break;
      case "replaced": {
        plan.report.replaced.push({ file, note: part.reason });
        if (part.redirect) redirects.push(part.redirect);
        break;
      }
      case "template-asset":
        plan.report.left.push({ file, note: part.reason });
        break;
      case "left":
        plan.report.leftCount += 1;
        if (part.reason && !plan.report.left.some((entry) => entry.note === part.reason))
          plan.report.left.push({ file: `${file.split("/")[0]}/`, note: part.reason });
        break;
    }
  }
  for (const config of source.list().filter((file) => /^(\.?eleventy|eleventy\.config)\.[cm]?js$/.test(file)))
    for (const file of packageFilesOf(source.read(config)?.toString("utf8") ?? ""))
      plan.report.left.push({ file: `${file.from} → ${file.url}`, note: file.note });
  addRedirects(plan, target, redirects);
  return plan;
}

/** A page's front matter as the generator reads it, and what changed, in French. */
function pageYaml(file: string, yaml: string, formerFeeds: Map<string, string[]>): { yaml: string; changes: string[] } {
  const ruled = applyFrontMatterRules(yaml);
  const fed = carryFormerFeeds(file, ruled.yaml, formerFeeds);
  return { yaml: fed.yaml, changes: [...ruled.changes, ...fed.changes] };
}

/**
 * The addresses the generator's pages take over, added to the list of redirects the site
 * publishes (`_data/redirects.json`: each becomes a page that sends readers on); those already
 * listed are kept as they are.
 */
function addRedirects(plan: MigrationPlan, target: SiteFiles, redirects: Redirect[]): void {
  if (redirects.length === 0) return;
  const existing = target.read(REDIRECTS_FILE);
  let listed: Redirect[];
  try {
    listed = existing ? (JSON.parse(existing.toString("utf8")) as Redirect[]) : [];
    if (!Array.isArray(listed)) throw new Error("not a list");
  } catch {
    plan.conflicts.push({ path: REDIRECTS_FILE, section: "redirects" });
    return;
  }
  const added = redirects.filter((redirect) => !listed.some((entry) => entry.from === redirect.from));
  if (added.length === 0) {
    plan.report.upToDate += 1;
    return;
  }
  plan.writes.push({
    path: REDIRECTS_FILE,
    content: Buffer.from(`${JSON.stringify([...listed, ...added], null, 2)}\n`),
  });
  for (const redirect of added)
    plan.report.redirects.push({ file: `${redirect.from} → ${redirect.to}`, note: `ajoutée à ${REDIRECTS_FILE}` });
}

/** The list of old addresses and the pages they now lead to (content/redirections.njk publishes them). */
export const REDIRECTS_FILE = "_data/redirects.json";

interface Redirect {
  from: string;
  to: string;
}

function emptyReport(): MigrationReport {
  return {
    counts: { pages: 0, data: 0, public: 0, redirects: 0 },
    upToDate: 0,
    pages: [],
    data: [],
    public: [],
    redirects: [],
    samples: [],
    replacedFiles: [],
    replaced: [],
    left: [],
    leftCount: 0,
  };
}

/** The files of a site, by path relative to its root (`content/fr/index.md`), read on demand. */
export interface SiteFiles {
  list(): string[];
  read(path: string): Buffer | undefined;
}

export interface MigrationPlan {
  writes: { path: string; content: Buffer }[];
  /** Project files put aside (into the migration's backup folder) before the writes. */
  asides: string[];
  /** Project files that differ from what the migration would write, left as they are. */
  conflicts: { path: string; section: ReportSection }[];
  report: MigrationReport;
}

export type ReportSection = "pages" | "data" | "public" | "redirects";

export interface ReportEntry {
  file: string;
  note: string;
}

export interface MigrationReport {
  /** Files written without anything to say about them, by section. */
  counts: Record<ReportSection, number>;
  /** Files already as the migration would write them. */
  upToDate: number;
  pages: ReportEntry[];
  data: ReportEntry[];
  public: ReportEntry[];
  redirects: ReportEntry[];
  samples: ReportEntry[];
  /** Project files that differed and were replaced, with `replace`. */
  replacedFiles: ReportEntry[];
  /** Pages of the source site that give way to the generator's own. */
  replaced: ReportEntry[];
  left: ReportEntry[];
  /** Files of the source site left behind (templates, global data, tooling). */
  leftCount: number;
}
