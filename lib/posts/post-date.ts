/**
 * The publication date of a post, as written in its front matter: YAML turns `date: 2026-08-12`
 * into a Date (midnight UTC), a quoted one stays a string, and the build's manifest keeps either
 * as an ISO string. Anything else (`12/08/2026`, `2026-13-01`, a number) is no date.
 */
export function postDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, time] = match;
  const date = new Date(time ? value.trim() : `${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  // `new Date` rolls 2026-02-30 over to March: the day written must be the day read.
  const utcDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return utcDay.getUTCMonth() === Number(month) - 1 && utcDay.getUTCDate() === Number(day) ? date : undefined;
}

/** `2026-08-12` of a date, in UTC, as YAML reads unquoted dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD, optionally followed by a time and a zone (RFC 3339). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
