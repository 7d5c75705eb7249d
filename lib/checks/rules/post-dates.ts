import { isoDay, postDate } from "../../posts/post-date.ts";
import { error, type Finding, warning } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import { postPages } from "../model/post-pages.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Every post has a publication date its listing can sort it by, written as a day that exists
 * (YAML would turn 2026-02-30 into 2 March without a word); a date still to come is said too: the
 * post is published at once, dated from a day that has not come yet.
 */
export function checkPostDates(model: SiteModel, today = new Date()): Finding[] {
  const findings: Finding[] = [];
  for (const { post } of postPages(model)) {
    const text = model.source(post.source) ?? "";
    const written = writtenDate(text);
    const date = postDate(written ?? post.data.date);
    const line = () => frontMatterLine(text, ["date"]);
    if (post.data.date === undefined || post.data.date === null) {
      findings.push(
        error(
          "post-date-missing",
          post.source,
          "actualité sans date de publication : sa liste ne peut pas la classer",
          `ajoutez à son en-tête la ligne « date: ${isoDay(today)} » (année-mois-jour de sa publication)`,
          line(),
        ),
      );
    } else if (!date) {
      findings.push(
        error(
          "post-date-invalid",
          post.source,
          `date de publication "${written ?? String(post.data.date)}" illisible ou impossible`,
          "écrivez une date qui existe, année-mois-jour, sans guillemets : « date: 2026-08-12 »",
          line(),
        ),
      );
    } else if (isoDay(date) > isoDay(today) && post.data.draft !== true) {
      findings.push(
        warning(
          "post-date-future",
          post.source,
          `date de publication ${isoDay(date)} dans le futur : l’actualité est publiée dès maintenant, datée de ce jour-là`,
          "corrigez la date, ou gardez la page en brouillon (« draft: true ») jusqu’au jour de sa publication",
          line(),
        ),
      );
    }
  }
  return findings;
}

/** The date as the front matter writes it (`2026-02-30`), before YAML read it; none when a data file gives it. */
function writtenDate(text: string): string | undefined {
  const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const value = /^date[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$/m.exec(frontMatter)?.[1];
  return value ? value.replace(/^(["'])(.*)\1$/, "$2") : undefined;
}
