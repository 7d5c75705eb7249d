import { slugify } from "../../lib/markdown/slugify.ts";
import type { Random } from "./seeded-random.ts";
import type { TreeNode } from "./synthetic-tree.ts";
import { ACTIONS, OBJECTS, TAGS } from "./synthetic-words.ts";

/**
 * What a synthetic page will hold, decided before any page is written so that pages can link
 * to each other's headings: its headings (and their ids), images, tags and pictogram.
 */
export function outlinePage(node: TreeNode, random: Random, pictograms: readonly string[]): PageOutline {
  const leafLike = node.level >= 3;
  const headings: Heading[] = [];
  const sections = leafLike ? random.int(2, 6) : 0;
  for (let h2 = 1; h2 <= sections; h2++) {
    headings.push(heading(2, `${h2} - ${phrase(random)}`));
    const subSections = random.chance(0.3) ? random.int(1, 2) : 0;
    for (let h3 = 1; h3 <= subSections; h3++) headings.push(heading(3, `${h2}.${h3} - ${phrase(random)}`));
  }
  // One screenshot at most per section, as the Markdown places them.
  const imageCount = Math.min(sections, random.pick([0, 1, 1, 1, 2, 2, 3]));
  const images = Array.from(
    { length: imageCount },
    (_, i): Image => ({
      src: `/img/${node.path.replace(/^fr\//, "")}/${i + 1}.png`,
      alt: `Capture d’écran de l’étape « ${phrase(random)} »`,
      width: random.int(64, 150) * 8,
      height: random.int(45, 100) * 8,
      colour: [random.int(0, 255), random.int(0, 255), random.int(0, 255)],
    }),
  );
  return {
    ...node,
    url: `/${node.path}/`,
    file: `content/${node.path}${node.indexFile ? "/index" : ""}.md`,
    description: `${node.title} : la démarche, les réglages et les erreurs fréquentes.`,
    pictogram: node.level <= 2 || random.chance(node.level === 3 ? 0.4 : 0.2) ? random.pick(pictograms) : undefined,
    tags: leafLike ? random.sample(TAGS, random.pick([0, 1, 1, 2, 3])) : [],
    headings,
    images,
  };
}

/** A short phrase in the vocabulary of the guides: « Configurer un flux WMS ». */
export function phrase(random: Random): string {
  return `${random.pick(ACTIONS)} ${random.pick(OBJECTS)}`;
}

function heading(level: 2 | 3, text: string): Heading {
  // What the heading-ids markdown plugin gives a heading without an explicit id.
  return { level, text, id: slugify(text) };
}

export interface PageOutline extends TreeNode {
  url: string;
  /** Markdown source, relative to the site folder (`content/fr/….md`). */
  file: string;
  description: string;
  pictogram?: string;
  tags: string[];
  headings: Heading[];
  images: Image[];
  /** Its label as a tab of its parent page, or as the first tab of its own children. */
  tertiaryTitle?: string;
}

export interface Heading {
  level: 2 | 3;
  text: string;
  id: string;
}

export interface Image {
  /** URL on the site (`/img/…`), the file being `public/img/…`. */
  src: string;
  alt: string;
  width: number;
  height: number;
  colour: [number, number, number];
}
