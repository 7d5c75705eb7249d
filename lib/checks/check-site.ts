import { uniqueFindings, type Finding } from "./finding.ts";
import { checkContactLinks } from "./contact-links.ts";
import { checkFragments } from "./fragments.ts";
import { checkFrontMatter } from "./front-matter.ts";
import { checkHttpLinks } from "./http-links.ts";
import { checkImageAlt } from "./image-alt.ts";
import { checkImages } from "./images.ts";
import { checkLinks } from "./links.ts";
import { checkNavigationGraph } from "./navigation-graph.ts";
import { checkNewWindowLinks } from "./new-window-links.ts";
import { checkOrphanPages } from "./orphan-pages.ts";
import { checkPictograms } from "./pictograms.ts";
import type { SiteModel } from "./site-model.ts";
import { checkUnusedImages } from "./unused-images.ts";

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
  checkNewWindowLinks,
  checkContactLinks,
  checkHttpLinks,
  checkImages,
  checkImageAlt,
  checkUnusedImages,
  checkOrphanPages,
];
