import type { MigrationPlan, ReportEntry, ReportSection } from "./plan-migration.ts";

/**
 * The migration's report for the editor, in French: what was imported and changed, file by file,
 * grouped; what was put aside and where; what the generator replaces; what was left behind; and,
 * when some project files differ from the imported ones, the conflicts and how to settle them.
 */
export function formatMigrationReport(plan: MigrationPlan, context: ReportContext): string {
  const { report } = plan;
  const lines: string[] = [
    `Migration de ${context.source} vers ${context.project}${context.dryRun ? " (essai : rien n’est écrit)" : ""}`,
    "",
  ];
  const section = (title: string, entries: ReportEntry[], count = 0) => {
    if (entries.length === 0 && count === 0) return;
    lines.push(`${title} :`);
    const byNote = new Map<string, ReportEntry[]>();
    for (const entry of entries) byNote.set(entry.note, [...(byNote.get(entry.note) ?? []), entry]);
    for (const [note, group] of byNote) {
      if (group.length === 1) lines.push(`  ${group[0]!.file} : ${note}`);
      else lines.push(`  ${note} :`, ...group.map((entry) => `    ${entry.file}`));
    }
    if (count > 0) lines.push(`  ${plural(count, "autre fichier", "autres fichiers")} sans changement à signaler`);
    lines.push("");
  };
  section(
    "Pages importées, en-tête modifié (le texte de la page est gardé à l’octet près)",
    report.pages,
    report.counts.pages,
  );
  section("Données de dossier converties", report.data, report.counts.data);
  section("Fichiers publics copiés (images, données, scripts des pages)", report.public, report.counts.public);
  section(
    "Pages de redirection écrites (l’adresse d’origine mène à la page du générateur)",
    report.redirects,
    report.counts.redirects,
  );
  if (report.samples.length > 0)
    section(`Pages d’exemple du générateur mises de côté dans ${context.asideDir}`, report.samples);
  if (report.replacedFiles.length > 0)
    section(`Fichiers du projet remplacés, l’ancien mis de côté dans ${context.asideDir}`, report.replacedFiles);
  section("Pages du site source remplacées par celles du générateur", report.replaced);
  section("Non repris", report.left);
  if (report.upToDate > 0)
    lines.push(`${plural(report.upToDate, "fichier déjà à jour", "fichiers déjà à jour")} : rien à faire.`, "");

  if (plan.conflicts.length > 0) {
    lines.push(
      `${plural(plan.conflicts.length, "fichier du projet diffère", "fichiers du projet diffèrent")} de celui à importer ; rien n’a été écrit :`,
    );
    for (const conflict of plan.conflicts) lines.push(`  ${conflict.path} (${SECTION_NAMES[conflict.section]})`);
    lines.push(
      "",
      "Gardez vos modifications en les reportant dans le site source, ou relancez avec --replace : les fichiers du projet seront remplacés, et les anciens mis de côté.",
    );
  } else if (!context.dryRun) {
    const written = plan.writes.length;
    lines.push(
      written === 0 && plan.asides.length === 0
        ? "Le projet était déjà à jour : aucun fichier écrit."
        : `${plural(written, "fichier écrit", "fichiers écrits")}. Lancez maintenant « npm run build » : la construction signale, fichier et ligne, ce qui reste à corriger dans les pages.`,
    );
  }
  return lines.join("\n");
}

const SECTION_NAMES: Record<ReportSection, string> = {
  pages: "page",
  data: "données de dossier",
  public: "fichier public",
  redirects: "redirection",
};

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("fr-FR")} ${count === 1 ? one : many}`;
}

export interface ReportContext {
  source: string;
  project: string;
  asideDir: string;
  dryRun?: boolean;
}
