import type { FeedFormat } from "./feed.ts";
import { childrenNamed, parseXml, type XmlElement } from "./xml-tree.ts";

/**
 * The problems of a written feed, by the rules the W3C Feed Validation Service checks that can be
 * checked offline: a document a reader can parse, the required elements, dates in RFC 3339 (Atom,
 * JSON Feed) or RFC 822 (RSS) with the right day of the week, absolute links, unique ids, and an
 * entry title (which the formats make optional, and readers need). Each problem names the entry
 * it is about, by its link, when it is about one.
 */
export function validateFeed(format: FeedFormat, text: string): FeedProblem[] {
  try {
    if (format === "json") return validateJsonFeed(JSON.parse(text) as unknown);
    const root = parseXml(text);
    return format === "atom" ? validateAtom(root) : validateRss(root);
  } catch (cause) {
    return [{ message: `flux illisible : ${(cause as Error).message}` }];
  }
}

function validateAtom(feed: XmlElement): FeedProblem[] {
  if (feed.name !== "feed" || feed.namespace !== ATOM)
    return [{ message: `l’élément racine d’un flux Atom est <feed xmlns="${ATOM}">, pas <${feed.name}>` }];
  const problems: FeedProblem[] = [];
  const one = (parent: XmlElement, name: string, where: string, entry?: string) => {
    const found = childrenNamed(parent, name, ATOM);
    if (found.length !== 1)
      problems.push({ message: `${where} : ${found.length} élément(s) <${name}>, il en faut un`, entry });
    return found[0];
  };
  one(feed, "id", "flux");
  one(feed, "title", "flux");
  checkRfc3339(one(feed, "updated", "flux")?.text, "flux : <updated>", problems);
  if (!childrenNamed(feed, "link", ATOM).some((link) => link.attributes.rel === "self"))
    problems.push({ message: 'flux : pas de <link rel="self"> vers le flux lui-même' });
  const feedAuthor = childrenNamed(feed, "author", ATOM).length > 0;
  const ids = new Set<string>();
  for (const entry of childrenNamed(feed, "entry", ATOM)) {
    const link = childrenNamed(entry, "link", ATOM).find(
      (candidate) => (candidate.attributes.rel ?? "alternate") === "alternate",
    );
    const where = entryLabel(link?.attributes.href);
    const id = one(entry, "id", where, link?.attributes.href)?.text.trim();
    checkTitle(one(entry, "title", where, link?.attributes.href)?.text, where, link?.attributes.href, problems);
    checkRfc3339(
      one(entry, "updated", where, link?.attributes.href)?.text,
      `${where} : <updated>`,
      problems,
      link?.attributes.href,
    );
    for (const published of childrenNamed(entry, "published", ATOM))
      checkRfc3339(published.text, `${where} : <published>`, problems, link?.attributes.href);
    if (!feedAuthor && childrenNamed(entry, "author", ATOM).length === 0)
      problems.push({ message: `${where} : pas d’auteur, ni pour elle ni pour le flux`, entry: link?.attributes.href });
    if (link && !isAbsolute(link.attributes.href))
      problems.push({
        message: `${where} : lien "${link.attributes.href}" qui n’est pas une adresse complète`,
        entry: link.attributes.href,
      });
    checkUnique(id, ids, where, link?.attributes.href, problems);
  }
  return problems;
}

function validateRss(rss: XmlElement): FeedProblem[] {
  if (rss.name !== "rss" || rss.attributes.version !== "2.0")
    return [{ message: `l’élément racine d’un flux RSS est <rss version="2.0">, pas <${rss.name}>` }];
  const channels = childrenNamed(rss, "channel", "");
  if (channels.length !== 1) return [{ message: `flux : ${channels.length} élément(s) <channel>, il en faut un` }];
  const channel = channels[0]!;
  const problems: FeedProblem[] = [];
  for (const name of ["title", "link", "description"])
    if (childrenNamed(channel, name, "").length !== 1)
      problems.push({ message: `flux : il faut un élément <${name}>` });
  for (const date of [...childrenNamed(channel, "lastBuildDate", ""), ...childrenNamed(channel, "pubDate", "")])
    checkRfc822(date.text, `flux : <${date.name}>`, problems);
  if (!childrenNamed(channel, "link", ATOM).some((link) => link.attributes.rel === "self"))
    problems.push({ message: 'flux : pas de <atom:link rel="self"> vers le flux lui-même' });
  const guids = new Set<string>();
  for (const item of childrenNamed(channel, "item", "")) {
    const link = childrenNamed(item, "link", "")[0]?.text.trim();
    const where = entryLabel(link);
    checkTitle(childrenNamed(item, "title", "")[0]?.text, where, link, problems);
    for (const date of childrenNamed(item, "pubDate", ""))
      checkRfc822(date.text, `${where} : <pubDate>`, problems, link);
    if (link !== undefined && !isAbsolute(link))
      problems.push({ message: `${where} : lien "${link}" qui n’est pas une adresse complète`, entry: link });
    const guid = childrenNamed(item, "guid", "")[0];
    if (guid && guid.attributes.isPermaLink !== "false" && !isAbsolute(guid.text.trim()))
      problems.push({ message: `${where} : <guid> "${guid.text.trim()}" n’est pas une adresse complète`, entry: link });
    checkUnique(guid?.text.trim(), guids, where, link, problems);
  }
  return problems;
}

function validateJsonFeed(feed: unknown): FeedProblem[] {
  const data = (feed ?? {}) as Record<string, unknown>;
  const problems: FeedProblem[] = [];
  if (data.version !== "https://jsonfeed.org/version/1.1")
    problems.push({ message: `flux : "version" doit valoir "https://jsonfeed.org/version/1.1"` });
  if (typeof data.title !== "string" || data.title.trim() === "") problems.push({ message: 'flux : "title" manquant' });
  for (const key of ["home_page_url", "feed_url"])
    if (data[key] !== undefined && !isAbsolute(data[key]))
      problems.push({ message: `flux : "${key}" n’est pas une adresse complète` });
  if (!Array.isArray(data.items)) return [...problems, { message: 'flux : "items" doit être une liste' }];
  const ids = new Set<string>();
  for (const item of data.items as Record<string, unknown>[]) {
    const url = typeof item.url === "string" ? item.url : undefined;
    const where = entryLabel(url);
    if (typeof item.id !== "string" || item.id === "")
      problems.push({ message: `${where} : "id" manquant`, entry: url });
    checkTitle(typeof item.title === "string" ? item.title : undefined, where, url, problems);
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string")
      problems.push({ message: `${where} : ni "content_html" ni "content_text"`, entry: url });
    for (const key of ["date_published", "date_modified"])
      if (item[key] !== undefined) checkRfc3339(String(item[key]), `${where} : "${key}"`, problems, url);
    if (url !== undefined && !isAbsolute(url))
      problems.push({ message: `${where} : "url" "${url}" n’est pas une adresse complète`, entry: url });
    checkUnique(typeof item.id === "string" ? item.id : undefined, ids, where, url, problems);
  }
  return problems;
}

function checkTitle(
  title: string | undefined,
  where: string,
  entry: string | undefined,
  problems: FeedProblem[],
): void {
  if (title === undefined || title.trim() === "") problems.push({ message: `${where} : sans titre`, entry });
}

function checkUnique(
  id: string | undefined,
  seen: Set<string>,
  where: string,
  entry: string | undefined,
  problems: FeedProblem[],
): void {
  if (!id) return;
  if (seen.has(id)) problems.push({ message: `${where} : identifiant "${id}" déjà donné à une autre entrée`, entry });
  seen.add(id);
}

function checkRfc3339(value: string | undefined, where: string, problems: FeedProblem[], entry?: string): void {
  if (value === undefined) return;
  const text = value.trim();
  if (!RFC_3339.test(text) || Number.isNaN(Date.parse(text)))
    problems.push({ message: `${where} "${text}" n’est pas une date RFC 3339 (2026-08-12T00:00:00Z)`, entry });
}

function checkRfc822(value: string, where: string, problems: FeedProblem[], entry?: string): void {
  const text = value.trim();
  const match = RFC_822.exec(text);
  const date = new Date(text);
  if (!match || Number.isNaN(date.getTime()))
    problems.push({ message: `${where} "${text}" n’est pas une date RFC 822 (Wed, 12 Aug 2026 00:00:00 GMT)`, entry });
  else if (match[1] && date.getUTCDay() !== WEEKDAYS.indexOf(match[1]) && /GMT|UT|Z|[+-]0000/.test(match[2]!))
    problems.push({ message: `${where} "${text}" : le jour de la semaine ne correspond pas à la date`, entry });
}

function entryLabel(link: string | undefined): string {
  return link ? `entrée ${link}` : "entrée sans lien";
}

function isAbsolute(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const ATOM = "http://www.w3.org/2005/Atom";
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RFC_822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (GMT|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;

export interface FeedProblem {
  /** What is wrong, in French. */
  message: string;
  /** The link of the entry it is about, when it is about one. */
  entry?: string;
}
