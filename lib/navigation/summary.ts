/**
 * The on-page summary: the page's h2 headings (and h3 under them when `depth` is 3), read from
 * the rendered HTML so that it lists exactly the ids the page has.
 */
export function summaryOf(html: string, depth = 2): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const match of html.matchAll(HEADING)) {
    const [, level, attributes = "", inner] = match;
    const id = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (!id || /\bdata-summary-ignore\b/.test(attributes)) continue;
    const item = { id, text: inner!.replace(/<[^>]+>/g, "").trim(), children: [] };
    if (level === "2") items.push(item);
    else if (depth >= 3) items.at(-1)?.children.push(item);
  }
  return items;
}

const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;

export interface SummaryItem {
  id: string;
  /** Already HTML-escaped heading text. */
  text: string;
  children: SummaryItem[];
}
