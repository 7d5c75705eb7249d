import { type Finding, uniqueFindings } from "./finding.ts";
import type { SiteModel } from "./model/site-model.ts";
import { checkActiveContent } from "./rules/active-content.ts";
import { checkContactLinks } from "./rules/contact-links.ts";
import { checkDraftLinks } from "./rules/draft-links.ts";
import { checkDuplicateIds } from "./rules/duplicate-ids.ts";
import { checkExternalScripts } from "./rules/external-scripts.ts";
import { checkFeeds } from "./rules/feeds.ts";
import { checkFileNames } from "./rules/file-names.ts";
import { checkFragments } from "./rules/fragments.ts";
import { checkFrameTitles } from "./rules/frame-titles.ts";
import { checkFrontMatter } from "./rules/front-matter.ts";
import { checkFrontMatterImages } from "./rules/front-matter-images.ts";
import { checkHttpLinks } from "./rules/http-links.ts";
import { checkImageAlt } from "./rules/image-alt.ts";
import { checkImages } from "./rules/images.ts";
import { checkLinks } from "./rules/links.ts";
import { checkNavigationGraph } from "./rules/navigation-graph.ts";
import { checkNewWindowLinks } from "./rules/new-window-links.ts";
import { checkOrphanPages } from "./rules/orphan-pages.ts";
import { checkPostDates } from "./rules/post-dates.ts";
import { checkSingleUseTags } from "./rules/single-use-tags.ts";
import { checkPictograms } from "./rules/unknown-pictograms.ts";
import { checkUnusedImages } from "./rules/unused-images.ts";

/** Every check of a built site, in the order an editor reads them; a problem met twice is said once. */
export function checkSite(model: SiteModel): Finding[] {
  return uniqueFindings(SITE_CHECKS.flatMap((check) => check(model)));
}

const SITE_CHECKS: ((model: SiteModel) => Finding[])[] = [
  checkFrontMatter,
  checkNavigationGraph,
  checkPictograms,
  checkLinks,
  checkDraftLinks,
  checkFragments,
  checkDuplicateIds,
  checkActiveContent,
  checkNewWindowLinks,
  checkContactLinks,
  checkHttpLinks,
  checkImages,
  checkImageAlt,
  checkFrontMatterImages,
  checkFrameTitles,
  checkExternalScripts,
  checkUnusedImages,
  checkOrphanPages,
  (model) => checkPostDates(model),
  checkSingleUseTags,
  checkFeeds,
  checkFileNames,
];
