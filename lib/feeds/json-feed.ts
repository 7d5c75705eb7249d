import type { Feed } from "./feed.ts";
import { rfc3339 } from "./feed-dates.ts";

/** A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.urls.json,
      description: feed.description,
      language: "fr",
      authors: [{ name: feed.author }],
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        ...(entry.summary ? { summary: entry.summary } : {}),
        content_html: entry.contentHtml,
        date_published: rfc3339(entry.date),
        ...(entry.image ? { image: entry.image } : {}),
        ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
