/**
 * The on-page summary: the page's headings from h2 down to the level `depth` asks for (1: h2
 * only, 2: down to h3, 3: down to h4, 4 or more: down to h5, as eleventy-dsfr counts it), each
 * nested under the heading above it, read from the rendered HTML so that it lists exactly the ids
 * the page has. Component titles (tiles, alerts, accordions) are not sections of the page.
 */
export function summaryOf(html: string, depth = 1): SummaryItem[] {
  const deepest = Math.min(Math.max(Math.trunc(depth), 1), 4) + 1;
  const root: Section = { level: 1, item: { id: "", text: "", children: [] } };
  const open: Section[] = [root];
  for (const match of html.matchAll(HEADING)) {
    const [, digit, attributes = "", inner] = match;
    const level = Number(digit);
    const id = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (level > deepest || !id || isIgnored(attributes)) continue;
    const item = { id, text: headingText(inner!), children: [] };
    while (open.at(-1)!.level >= level) open.pop();
    open.at(-1)!.item.children.push(item);
    open.push({ level, item });
  }
  return root.item.children;
}

/** Marked out of the summary, or the title of a component rather than of a section. */
function isIgnored(attributes: string): boolean {
  return (
    /\bdata-summary-ignore\b/.test(attributes) ||
    /\sclass="[^"]*\bfr-(tile|alert|accordion|card|callout)__title\b/.test(attributes)
  );
}

/** The heading's words: its markup and the permalink sign of eleventy-dsfr's anchors left out. */
function headingText(inner: string): string {
  return inner
    .replace(/<a class="header-anchor"[\s\S]*?<\/a>/g, "")
    .replace(/<[^>]+>/g, "")
    .trim();
}

const HEADING = /<h([2-5])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;

export interface SummaryItem {
  id: string;
  /** Already HTML-escaped heading text. */
  text: string;
  children: SummaryItem[];
}

interface Section {
  level: number;
  item: SummaryItem;
}
