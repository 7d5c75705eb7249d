import type { Feed } from "./feed.ts";
import { rfc822 } from "./feed-dates.ts";
import { xmlText } from "./xml-text.ts";

/**
 * An RSS 2.0 feed (https://www.rssboard.org/rss-specification), with the `atom:link` to itself
 * that the W3C validator recommends.
 */
export function rssFeed(feed: Feed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">`,
    "  <channel>",
    `    <title>${xmlText(feed.title)}</title>`,
    `    <link>${xmlText(feed.homeUrl)}</link>`,
    `    <description>${xmlText(feed.description)}</description>`,
    "    <language>fr</language>",
    `    <atom:link href="${xmlText(feed.urls.rss)}" rel="self" type="application/rss+xml"/>`,
    `    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      "    <item>",
      `      <title>${xmlText(entry.title)}</title>`,
      `      <link>${xmlText(entry.url)}</link>`,
      `      <guid isPermaLink="true">${xmlText(entry.id)}</guid>`,
      `      <pubDate>${rfc822(entry.date)}</pubDate>`,
      `      <description>${xmlText(entry.contentHtml || entry.summary || entry.title)}</description>`,
      ...entry.tags.map((tag) => `      <category>${xmlText(tag)}</category>`),
      "    </item>",
    );
  }
  lines.push("  </channel>", "</rss>", "");
  return lines.join("\n");
}
