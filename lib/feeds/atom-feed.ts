import type { Feed } from "./feed.ts";
import { rfc3339 } from "./feed-dates.ts";
import { xmlText } from "./xml-text.ts";

/** An Atom feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287), as the W3C validator expects it. */
export function atomFeed(feed: Feed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.description)}</subtitle>`,
    `  <link href="${xmlText(feed.urls.atom)}" rel="self" type="application/atom+xml"/>`,
    `  <link href="${xmlText(feed.homeUrl)}" rel="alternate" type="text/html"/>`,
    `  <id>${xmlText(feed.homeUrl)}</id>`,
    `  <updated>${rfc3339(feed.updated)}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      "  <entry>",
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link href="${xmlText(entry.url)}" rel="alternate" type="text/html"/>`,
      `    <id>${xmlText(entry.id)}</id>`,
      `    <published>${rfc3339(entry.date)}</published>`,
      `    <updated>${rfc3339(entry.date)}</updated>`,
      ...(entry.summary ? [`    <summary>${xmlText(entry.summary)}</summary>`] : []),
      `    <content type="html">${xmlText(entry.contentHtml)}</content>`,
      ...entry.tags.map((tag) => `    <category term="${xmlText(tag)}"/>`),
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
