import type UserConfig from "@11ty/eleventy/UserConfig";
import { decodeEntities } from "../checks/model/html-tag.ts";

/**
 * `{{ description or (content | firstParagraph) }}`: every page gets a meta description, the one
 * its editor wrote or else the text of its first paragraph, so that search engines show the page's
 * own words rather than whatever text they pick.
 */
export default function metaDescriptionPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("firstParagraph", (content: unknown) => firstParagraph(String(content ?? "")));
}

/** The text of the first paragraph of a page's HTML that has any, cut at a word near `maxLength` characters. */
export function firstParagraph(html: string, maxLength = MAX_LENGTH): string {
  for (const [, inner] of html.matchAll(PARAGRAPH)) {
    const text = decodeEntities(inner!.replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    if (text) return shorten(text, maxLength);
  }
  return "";
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** What search engines show of a description, about 160 characters. */
const MAX_LENGTH = 160;
const PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g;
