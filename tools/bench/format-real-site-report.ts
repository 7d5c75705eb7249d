import { bytes, decimal, percent, seconds } from "./french-numbers.ts";
import type { RealSiteComparison } from "./real-site-comparison.ts";

/** The target of the migration issue: our whole build in at most a tenth of the real site's own. */
export const REAL_SITE_TARGET = 0.1;

/** The side-by-side report of the real site built by its own toolchain and by this generator, in French. */
export function formatRealSiteReport(comparison: RealSiteComparison): string {
  const { theirs, ours } = comparison;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const side = (name: string, { build, output }: RealSiteComparison["ours"]) =>
    row([
      name,
      seconds(build.wallMs),
      seconds(build.cpuMs),
      bytes(build.peakRssBytes),
      output ? String(output.htmlPages) : "—",
      output ? bytes(output.averageHtmlBytes) : "—",
      output ? bytes(output.siteBytes) : "—",
      build.ok ? "publié" : "refusé (erreurs de contenu)",
    ]);
  const ratio = ours.build.wallMs / theirs.build.wallMs;
  const cpuRatio = ours.build.cpuMs / theirs.build.cpuMs;
  return [
    "# Le site réel : son outil d’origine et ce générateur",
    "",
    `${comparison.date} — médiane de ${comparison.repeat} construction${comparison.repeat > 1 ? "s" : ""} de chaque côté, à partir d’un dossier de sortie vide, le cache des images gardé, en alternance.`,
    "",
    row(["", "Construction", "Processeur", "Mémoire max", "Pages HTML", "HTML moyen", "Dossier publié", "Résultat"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"]),
    side("Outil d’origine (eleventy-dsfr, `npm run build`)", theirs),
    side("Ce générateur (`npm run build`)", ours),
    "",
    `Durée : le générateur prend ${percent(ratio)} du temps de l’outil d’origine (objectif ${percent(REAL_SITE_TARGET)} : ${ratio <= REAL_SITE_TARGET ? "ATTEINT" : "NON ATTEINT"}) ; temps processeur : ${percent(cpuRatio)}.${ours.output && theirs.output ? ` Rapport des pages moyennes : ${decimal(ours.output.averageHtmlBytes / theirs.output.averageHtmlBytes, 2)}.` : ""}`,
    ...(ours.build.ok
      ? []
      : [
          "",
          "La construction du générateur a été refusée : les vérifications ont trouvé des erreurs dans le contenu du site (voir le journal, avec --keep). Sa durée s’arrête donc aux vérifications, sans l’index de recherche ni la compression : pour la durée d’une construction complète, mesurez une copie du site dont ces erreurs sont corrigées.",
        ]),
    "",
  ].join("\n");
}
