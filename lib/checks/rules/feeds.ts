import path from "node:path";
import { FEED_FORMATS, type FeedFormat } from "../../feeds/feed.ts";
import { error, type Finding } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";
import { normalizePrefix } from "../model/site-url.ts";

/**
 * Every feed the build wrote is one a reader accepts (`lib/feeds/validate-feed.ts`): an entry's
 * problem is said on the post it comes from (an entry without title, on the post's `title`), a
 * feed's own on the page it is the feed of.
 */
export function checkFeeds(model: SiteModel): Finding[] {
  const byUrl = new Map(model.pages.map((page) => [page.url, page]));
  const findings: Finding[] = [];
  for (const feed of model.pages) {
    const format = feed.data.feedFormat as FeedFormat | undefined;
    if (!format || !(format in FEED_FORMATS)) continue;
    const problems = model.feedProblems(feed.outputPath, format) ?? [];
    const owner = byUrl.get(`${path.posix.dirname(feed.url)}/`.replace(/^\/\/$/, "/"));
    for (const problem of problems) {
      const post = problem.entry ? byUrl.get(sitePathOf(problem.entry, model.pathPrefix)) : undefined;
      const page: SitePage | undefined = post ?? owner;
      const untitled = post && problem.message.endsWith("sans titre");
      findings.push(
        error(
          "feed-invalid",
          page?.source ?? feed.outputPath.slice(1),
          `flux ${FEED_FORMATS[format].label} ${feed.url} : ${problem.message}`,
          untitled
            ? "donnez un titre à la page (« title » de son en-tête)"
            : "signalez-le à l’équipe technique : le flux est écrit par la construction",
          page ? frontMatterLine(model.source(page.source) ?? "", untitled ? ["title"] : []) : undefined,
        ),
      );
    }
  }
  return findings;
}

/** `/fr/actualites/x/` of `https://cartes.gouv.fr/aide/fr/actualites/x/` under the prefix `/aide/`. */
function sitePathOf(address: string, pathPrefix: string): string {
  try {
    const pathname = decodeURIComponent(new URL(address).pathname);
    const prefix = normalizePrefix(pathPrefix);
    return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
  } catch {
    return address;
  }
}
