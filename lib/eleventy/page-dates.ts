import { statSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { gitLastModified } from "../shared/git-dates.ts";

const FRENCH_DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
// Swedish writes dates as ISO 8601 (YYYY-MM-DD): the same day as FRENCH_DATE, in Paris time.
const ISO_DATE = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeZone: "Europe/Paris" });

/**
 * `lastModified` filter: the date a source file last changed, from git history (read once per
 * build, once per dev server session), or from the file itself when it has no history yet.
 * `frenchDate` writes it for readers. A page whose data says `date: "git Last Modified"` gets that date too.
 */
export default function pageDatesPlugin(eleventyConfig: UserConfig): void {
  let history: Map<string, Date> | undefined;
  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    // Saving a page changes no commit, and `git log` takes longer as the history grows: the dev server reads it once.
    if (runMode === "build") history = undefined;
  });

  const lastModified = (inputPath: string): Date => {
    history ??= gitLastModified();
    const file = path.relative(".", inputPath);
    return history.get(file) ?? statSync(file, { throwIfNoEntry: false })?.mtime ?? new Date();
  };
  eleventyConfig.addFilter("lastModified", lastModified);
  // `date: "git Last Modified"` (eleventy-dsfr's folder data): the same history, where Eleventy would run git once per page.
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, date: unknown) {
    return typeof date === "string" && date.toLowerCase() === "git last modified"
      ? lastModified(this.page.inputPath)
      : undefined;
  });
  // Dates from data files arrive as "YYYY-MM-DD" strings.
  eleventyConfig.addFilter("frenchDate", frenchDate);
  eleventyConfig.addFilter("isoDate", (date: Date) => ISO_DATE.format(date));
}

/** « 12 août 2026 », « 1er décembre 2026 »: the date in Paris, as French writes the first of the month. */
export function frenchDate(date: Date | string): string {
  return FRENCH_DATE.format(new Date(date)).replace(/^1 /, "1er ");
}
