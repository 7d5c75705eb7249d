/** `2026-08-12T00:00:00Z`: RFC 3339, for Atom and JSON Feed (https://www.rfc-editor.org/rfc/rfc3339). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * `Wed, 12 Aug 2026 00:00:00 GMT`: RFC 822 with a four-digit year, as RSS 2.0 asks
 * (https://www.rssboard.org/rss-specification#ltpubdategtSubelementOfLtitemgt).
 */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
