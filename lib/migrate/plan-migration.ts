import { convertDataFile, isCommonJs } from "./data-files.ts";
import { applyFrontMatterRules } from "./front-matter-rules.ts";
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

  for (const file of source.list()) {
    const part = partOf(file);
    const bytes = () => source.read(file) ?? Buffer.alloc(0);
    switch (part.kind) {
      case "page": {
        const text = bytes().toString("utf8");
        const parts = splitPage(text);
        const { yaml, changes } =
          parts.yaml === undefined ? { yaml: undefined, changes: [] } : applyFrontMatterRules(parts.yaml);
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
        if (part.redirect) {
          const page = redirectPage(part.redirect.from, part.redirect.to);
          write(
            page.path,
            Buffer.from(page.content, "utf8"),
            "redirects",
            `${part.redirect.from} → ${part.redirect.to}`,
          );
        }
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
  return plan;
}

/** A page that sends readers from an address of the imported site to the generator's page for it. */
export function redirectPage(from: string, to: string): { path: string; content: string } {
  const name = from.replace(/^\/|\/$/g, "").replace(/[^\w-]+/g, "-") || "racine";
  return {
    path: `content/redirections/${name}.md`,
    content: `---\ntitle: Page déplacée\nlayout: layouts/redirect.njk\npermalink: ${from}\nredirectTo: ${to}\neleventyExcludeFromCollections: true\n---\n`,
  };
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
