import type { BenchResult, BenchRun } from "./bench-result.ts";
import { bytes, decimal, seconds, times } from "./french-numbers.ts";
import { evaluateTargets, WHOLE_BUILD_LIMIT } from "./targets.ts";

/** The bench's Markdown report: figures per size, growth, targets with PASS/FAIL, dev server. */
export function formatReport(result: BenchResult): string {
  const runs = [...result.runs].sort((a, b) => a.pages - b.pages);
  const steps = stepNames(runs);
  const headers = [
    "Pages",
    "Eleventy",
    ...steps,
    "Total",
    "Plancher",
    "Eleventy / plancher",
    "Total / plancher",
    "Processus",
    "CPU / plancher",
    "Mémoire max",
    "HTML moyen",
    "HTML max",
    "_site",
    "Index Pagefind",
  ];
  const lines = [
    "# Banc d’essai de la construction",
    "",
    `${result.date} — ${result.machine.cpus} cœurs (${result.machine.cpuModel}), ${bytes(result.machine.memoryBytes)} de mémoire, Node ${result.machine.node}, charge ${result.machine.loadAverage.map((load) => decimal(load, 2)).join(" / ")} au départ ; graine ${result.seed}, médiane de ${result.repeat} mesure${result.repeat > 1 ? "s" : ""} par taille.`,
    "",
    "## Durées, mémoire et tailles",
    "",
    row(headers),
    row(headers.map(() => "---:")),
    ...runs.map((run) => row(figures(run, steps))),
  ];
  if (runs.length > 1) {
    const [first, last] = [runs[0]!, runs[runs.length - 1]!];
    const growth = (pick: (run: BenchRun) => number) => times(pick(last) / pick(first));
    lines.push(
      "",
      `Croissance de ${first.pages} à ${last.pages} pages (× ${decimal(last.pages / first.pages, 1)} pages) : construction complète ${growth((run) => run.site.totalMs)}, Eleventy ${growth((run) => run.site.timings.eleventy)}, plancher ${growth((run) => run.floor.timings.eleventy)}.`,
    );
  }
  for (const run of runs.filter((candidate) => candidate.coldSite))
    lines.push(
      "",
      `${run.pages} pages, caches vides (${run.coldSite!.images?.variants ?? 0} variantes AVIF et WebP de ${run.coldSite!.images?.originals ?? 0} images, ${run.coldSite!.images?.encoded ?? 0} à encoder ; ${run.diagrams ?? 0} diagrammes à dessiner dans Chromium) : construction complète ${seconds(run.coldSite!.totalMs)}, Eleventy ${seconds(run.coldSite!.timings.eleventy)}, soit ${seconds(run.coldSite!.totalMs - run.site.totalMs)} de plus qu’avec les caches remplis (${run.site.images?.encoded ?? 0} variantes encodées).`,
    );
  lines.push(
    "",
    "Plancher : le même Markdown construit par Eleventy seul (`tools/bench/floor.eleventy.ts`), sans greffon, sans gabarit dans le Markdown, avec une mise en page d’une ligne. Processus : durée du processus entier, démarrage de Node compris. CPU / plancher : temps processeur des processus Node de la construction (celui qui lance et celui qui produit les pages) face au plancher, moins sensible que les durées à une machine chargée (Pagefind n’y est pas). Mémoire max : la construction et les processus qu’elle lance (production des pages et vérifications, puis Pagefind), relevée toutes les 50 ms ; entre parenthèses, le processus Node qui produit les pages.",
  );
  lines.push("", "## Objectifs", "", row(["Objectif", "Mesure", "Résultat"]), row(["---", "---:", ":---:"]));
  for (const target of evaluateTargets(result)) lines.push(row([target.label, target.measured, target.status]));
  const budget = wholeBuildBudget(runs[runs.length - 1]);
  if (budget) lines.push("", budget);
  if (result.devServer) {
    const dev = result.devServer;
    lines.push(
      "",
      "## Serveur de développement",
      "",
      `Site de ${dev.pages} pages : première construction servie en ${seconds(dev.firstBuildMs)} ; une page modifiée est servie à jour en ${dev.rebuildsMs.map((ms) => `${Math.round(ms)} ms`).join(", ")} (médiane ${Math.round(dev.medianMs)} ms), dont ${Math.round(dev.medianCpuMs)} ms de temps processeur (médiane).`,
    );
  }
  const problems = runs.flatMap((run) => run.site.findings.map((finding) => `- ${run.pages} pages : ${finding}`));
  if (problems.length > 0)
    lines.push("", "## Problèmes signalés par la construction du site synthétique", "", ...problems.slice(0, 20));
  return `${lines.join("\n")}\n`;
}

/**
 * What the search step leaves to the rest of the build under the whole-build target: Pagefind
 * runs after the pages are written and checked, so Eleventy and the checks share the remainder.
 */
function wholeBuildBudget(run: BenchRun | undefined): string | undefined {
  const search = run?.site.timings.search;
  if (!run || search === undefined) return undefined;
  const share = search / run.floor.timings.eleventy;
  return `Part de la recherche à ${run.pages} pages : l’étape \`search\` (Pagefind, et la compression des feuilles de style et des scripts pendant ce temps) vaut à elle seule ${times(share)} le plancher ; sous l’objectif de ${WHOLE_BUILD_LIMIT} × pour la construction complète, il reste ${times(Math.max(0, WHOLE_BUILD_LIMIT - share))} le plancher pour Eleventy et les vérifications.`;
}

function figures(run: BenchRun, steps: string[]): string[] {
  const { site, floor, output } = run;
  return [
    String(run.pages),
    seconds(site.timings.eleventy),
    ...steps.map((step) => (step in site.timings ? seconds(site.timings[step]!) : "—")),
    seconds(site.totalMs),
    seconds(floor.timings.eleventy),
    times(site.timings.eleventy / floor.timings.eleventy),
    times(site.totalMs / floor.timings.eleventy),
    seconds(site.wallMs),
    times(site.cpuMs / floor.cpuMs),
    `${bytes(site.peakRssBytes)} (Node ${bytes(site.maxRssBytes)})`,
    bytes(output.averageHtmlBytes),
    `${bytes(output.largestHtml.bytes)} (\`${output.largestHtml.path}\`)`,
    bytes(output.siteBytes),
    output.pagefindBytes === undefined ? "—" : bytes(output.pagefindBytes),
  ];
}

/** The post-build steps met in any run, in the order the build ran them. */
export function stepNames(runs: BenchRun[]): string[] {
  return [...new Set(runs.flatMap((run) => Object.keys(run.site.timings)))].filter((name) => name !== "eleventy");
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}
