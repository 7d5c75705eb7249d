import type { BenchResult } from "./bench-result.ts";
import { decimal } from "./french-numbers.ts";

const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { top: 48, right: 24, bottom: 56, left: 64 };

/**
 * The time of a build against its number of pages, ours (whole build, Eleventy phase) and the
 * bare floor, as a self-contained SVG: a straight line through the origin means linear growth.
 */
export function plotSvg(result: BenchResult): string {
  const runs = [...result.runs].sort((a, b) => a.pages - b.pages);
  const series: Series[] = [
    {
      label: "Construction complète",
      colour: "#000091",
      points: runs.map((run) => [run.pages, run.site.totalMs / 1000]),
    },
    {
      label: "Phase Eleventy",
      colour: "#6a6af4",
      points: runs.map((run) => [run.pages, run.site.timings.eleventy / 1000]),
    },
    {
      label: "Plancher (Eleventy nu)",
      colour: "#929292",
      points: runs.map((run) => [run.pages, run.floor.timings.eleventy / 1000]),
    },
    {
      label: "Objectif Eleventy : 1,5 × plancher",
      colour: "#929292",
      dashed: true,
      points: runs.map((run) => [run.pages, (1.5 * run.floor.timings.eleventy) / 1000]),
    },
  ];
  const xTicks = ticks(Math.max(1, ...runs.map((run) => run.pages)));
  const yTicks = ticks(Math.max(1, ...series.flatMap((line) => line.points.map(([, y]) => y))));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (pages: number) => MARGIN.left + (pages / xTicks[xTicks.length - 1]!) * plotWidth;
  const y = (s: number) => MARGIN.top + plotHeight - (s / yTicks[yTicks.length - 1]!) * plotHeight;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Marianne, Arial, sans-serif" font-size="12">`,
    `<title>Durée de construction selon le nombre de pages</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="24" font-size="16" font-weight="bold">Durée de construction selon le nombre de pages</text>`,
    ...yTicks.map(
      (tick) =>
        `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e5e5"/><text x="${MARGIN.left - 8}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
    ),
    ...xTicks.map(
      (tick) => `<text x="${x(tick)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${tick}</text>`,
    ),
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#161616"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${y(0)}" stroke="#161616"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 14}" text-anchor="middle">pages</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">secondes</text>`,
  ];
  series.forEach((line, index) => {
    const path = line.points.map(([pages, s]) => `${x(pages).toFixed(1)},${y(s).toFixed(1)}`).join(" ");
    parts.push(`<g class="serie" data-label="${escapeXml(line.label)}">`);
    const dash = line.dashed ? ' stroke-dasharray="6 4"' : "";
    parts.push(`<polyline points="${path}" fill="none" stroke="${line.colour}" stroke-width="2"${dash}/>`);
    if (!line.dashed) {
      for (const [pages, s] of line.points)
        parts.push(
          `<circle cx="${x(pages).toFixed(1)}" cy="${y(s).toFixed(1)}" r="4" fill="${line.colour}"><title>${escapeXml(`${line.label} : ${pages} pages, ${decimal(s, 2)} s`)}</title></circle>`,
        );
    }
    parts.push(`</g>`);
    const legendY = MARGIN.top + 8 + index * 18;
    parts.push(
      `<line x1="${MARGIN.left + 12}" x2="${MARGIN.left + 28}" y1="${legendY - 7}" y2="${legendY - 7}" stroke="${line.colour}" stroke-width="3"${dash}/><text x="${MARGIN.left + 34}" y="${legendY - 3}">${escapeXml(line.label)}</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

/** Round tick values from 0 past `max`: steps of 1, 2 or 5 times a power of ten. */
export function ticks(max: number, count = 5): number[] {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

interface Series {
  label: string;
  colour: string;
  dashed?: boolean;
  points: [number, number][];
}
