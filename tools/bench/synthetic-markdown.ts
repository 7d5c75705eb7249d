import type { Random } from "./seeded-random.ts";
import { type PageOutline, phrase } from "./synthetic-page.ts";
import { ACTIONS, BUTTONS, FIELDS, OBJECTS, PLACES, SENTENCES } from "./synthetic-words.ts";

const COMPONENTS_IMPORT = '{% from "components/component.njk" import component with context %}';

/**
 * The Markdown file of a synthetic page, written like the real guides: front matter, an intro,
 * numbered sections with lists, tables, code, screenshots, component calls, links to other pages
 * and to their headings, and on one page in twenty a Mermaid diagram of steps (as the real
 * developer guides have: 18 on 360 pages).
 */
export function pageMarkdown(page: PageOutline, random: Random, links: LinkTargets): string {
  const blocks: string[] = [];
  const usesComponents = page.level === 1 || random.chance(0.6);
  if (usesComponents) blocks.push(COMPONENTS_IMPORT);
  blocks.push(paragraph(random, 2, 4));
  if (page.level === 1) blocks.push(callout(random, links));

  const images = [...page.images];
  if (page.headings.length > 0 && random.chance(0.05)) blocks.push(diagram(random));
  for (const heading of page.headings) {
    blocks.push(`${"#".repeat(heading.level)} ${heading.text}`);
    blocks.push(paragraph(random, 1, 3));
    if (heading.level === 3) continue;
    const image = images.shift();
    if (image) blocks.push(`![${image.alt}](${image.src}){.fr-responsive-img .frx-border-img .frx-img-contained}`);
    blocks.push(random.pick(BLOCKS)(random));
    if (usesComponents && random.chance(0.4)) blocks.push(random.pick(COMPONENTS)(random, links));
    if (random.chance(0.6)) blocks.push(seeAlso(random, links));
  }
  if (page.parent && random.chance(0.5))
    blocks.push(`Retour à la page parente : [${page.parent}](${parentUrl(page)}).`);
  return `${frontMatter(page)}\n${blocks.join("\n\n")}\n`;
}

function frontMatter(page: PageOutline): string {
  const lines = ["---", `title: ${yaml(page.title)}`, `description: ${yaml(page.description)}`];
  if (page.tags.length > 0) lines.push("tags:", ...page.tags.map((tag) => `    - ${yaml(tag)}`));
  lines.push("eleventyNavigation:", `    key: ${yaml(page.key)}`);
  if (page.parent) lines.push(`    parent: ${yaml(page.parent)}`);
  lines.push(`    order: ${page.order}`);
  if (page.pictogram) lines.push(`pictogram: ${page.pictogram}`);
  if (page.posts) lines.push("posts: true");
  if (page.date) lines.push(`date: ${page.date}`);
  if (page.tertiaryTitle) lines.push(`tertiaryTitle: ${yaml(page.tertiaryTitle)}`);
  return `${lines.join("\n")}\n---\n`;
}

function paragraph(random: Random, min: number, max: number): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random)).join(" ");
}

function sentence(random: Random): string {
  const [field = "", field2 = ""] = random.sample(FIELDS, 2);
  return random.pick(SENTENCES).replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "place") return random.pick(PLACES);
    if (name === "object") return random.pick(OBJECTS);
    if (name === "button") return random.pick(BUTTONS);
    if (name === "verb") return random.pick(ACTIONS).toLowerCase();
    return name === "field" ? field : field2;
  });
}

const BLOCKS: ((random: Random) => string)[] = [
  (random) => Array.from({ length: random.int(3, 6) }, () => `- ${lowerFirst(phrase(random))} ;`).join("\n"),
  (random) => Array.from({ length: random.int(3, 6) }, (_, i) => `${i + 1}. ${sentence(random)}`).join("\n"),
  (random) => table(random),
  (random) => codeBlock(random),
];

function table(random: Random): string {
  const columns = random.sample(FIELDS, random.int(3, 5));
  const rows = Array.from(
    { length: random.int(3, 8) },
    () => `| ${columns.map(() => random.pick(OBJECTS)).join(" | ")} |`,
  );
  return [`| ${columns.join(" | ")} |`, `|${columns.map(() => " --- |").join("")}`, ...rows].join("\n");
}

/** Code as the real guides hold it: JSON most, then commands, plain output, YAML and XML. */
function codeBlock(random: Random): string {
  const layer = random.pick([
    "ORTHOIMAGERY.ORTHOPHOTOS",
    "CADASTRALPARCELS.PARCELLAIRE_EXPRESS",
    "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2",
  ]);
  const object = random.pick(OBJECTS);
  const code = random.pick([
    [
      "json",
      `{\n  "layer": "${layer}",\n  "format": "image/png",\n  "crs": "EPSG:2154",\n  "description": "${object}",\n  "zoom": ${random.int(4, 18)}\n}`,
    ],
    ["json", `{ "layer": "${layer}", "format": "image/png", "crs": "EPSG:2154" }`],
    ["bash", `curl "https://data.geopf.fr/wms-r?SERVICE=WMS&REQUEST=GetCapabilities&LAYERS=${layer}"`],
    ["plain", `${layer} : ${random.int(2, 900)} objets, ${object}`],
    ["yaml", `couche: ${layer}\nformat: image/png\nstyles:\n  - ${JSON.stringify(object)}`],
    ["xml", `<Layer queryable="1">\n  <Name>${layer}</Name>\n  <Title>${object}</Title>\n</Layer>`],
  ]);
  return [`\`\`\`${code[0]}`, code[1], "```"].join("\n");
}

/** A flowchart of a few steps, titled, each diagram its own (a new one costs a drawing, then nothing). */
function diagram(random: Random): string {
  const steps = Array.from({ length: random.int(3, 6) }, () => phrase(random));
  return [
    "```mermaid",
    "---",
    `title: ${yaml(`Étapes : ${lowerFirst(phrase(random))}`)}`,
    "---",
    `flowchart ${random.pick(["LR", "TD"])}`,
    ...steps.map((step, index) => `    e${index}["${step}"]`),
    ...steps.slice(1).map((_, index) => `    e${index} --> e${index + 1}`),
    "```",
  ].join("\n");
}

const COMPONENTS: ((random: Random, links: LinkTargets) => string)[] = [
  callout,
  (random) =>
    `{{ component("alert", { type: "${random.pick(["info", "warning", "success"])}", title: "${phrase(random)}", description: "${plainSentence(random)}" }) }}`,
  (random, links) => {
    const target = random.pick(links.pages);
    const pictogram = target.pictogram ? `, pictogram: "${target.pictogram}"` : "";
    return `{{ component("tile", { title: "${target.title}", url: "${target.url}", description: "${target.description}"${pictogram} }) }}`;
  },
];

function callout(random: Random, links: LinkTargets): string {
  const target = random.pick(links.pages);
  return `{{ component("callout", { title: "À savoir", description: "${plainSentence(random)}", link: { url: "${target.url}", title: "${target.title}" } }) }}`;
}

function seeAlso(random: Random, links: LinkTargets): string {
  const target = random.pick(links.withHeadings);
  const heading = random.pick(target.headings);
  return `Pour aller plus loin, voir [${lowerFirst(heading.text.replace(/^[\d.]+ - /, ""))}](${target.url}#${heading.id}) dans la page « ${target.title} ».`;
}

/** A sentence without Markdown, for component parameters (which take text or HTML). */
function plainSentence(random: Random): string {
  return sentence(random)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|_/g, "");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function parentUrl(page: PageOutline): string {
  return page.url.replace(/[^/]+\/$/, "");
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function yaml(text: string): string {
  return JSON.stringify(text);
}

/** Pages a page may link to: any of them, or those with headings for links with a fragment. */
export interface LinkTargets {
  pages: readonly PageOutline[];
  /** Never empty when a page has headings, since that page is one of them. */
  withHeadings: readonly PageOutline[];
}
