import { type Finding, uniqueFindings } from "./finding.ts";
import type { SiteModel } from "./model/site-model.ts";
import { checkActiveContent } from "./rules/active-content.ts";
import { checkContactLinks } from "./rules/contact-links.ts";
import { checkDuplicateIds } from "./rules/duplicate-ids.ts";
import { checkFileNames } from "./rules/file-names.ts";
import { checkFragments } from "./rules/fragments.ts";
import { checkFrontMatter } from "./rules/front-matter.ts";
import { checkHttpLinks } from "./rules/http-links.ts";
import { checkImageAlt } from "./rules/image-alt.ts";
import { checkImages } from "./rules/images.ts";
import { checkLinks } from "./rules/links.ts";
import { checkNavigationGraph } from "./rules/navigation-graph.ts";
import { checkNewWindowLinks } from "./rules/new-window-links.ts";
import { checkOrphanPages } from "./rules/orphan-pages.ts";
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
  checkFragments,
  checkDuplicateIds,
  checkActiveContent,
  checkNewWindowLinks,
  checkContactLinks,
  checkHttpLinks,
  checkImages,
  checkImageAlt,
  checkUnusedImages,
  checkOrphanPages,
  checkFileNames,
];
