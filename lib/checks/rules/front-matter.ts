import { frenchIssues } from "../../schema/french-issues.ts";
import { frontMatterSchema } from "../../schema/front-matter.ts";
import { error, type Finding } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";

/**
 * Every page's front matter, merged with its folder's data, follows the one schema of
 * `lib/schema/front-matter.ts`: required fields present, each of the right type, no misspelt
 * navigation field. Each problem points to the line of the field.
 */
export function checkFrontMatter(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages.filter(isContentPage)) {
    const data = page.data;
    const result = frontMatterSchema.safeParse(data);
    if (result.success) continue;
    const text = model.source(page.source) ?? "";
    for (const issue of frenchIssues(frontMatterSchema, data, result.error.issues)) {
      // An unknown pictogram gets its own message, with the closest existing name.
      if (issue.field === "pictogram" && typeof data.pictogram === "string") continue;
      findings.push(
        error(
          "front-matter-invalid",
          page.source,
          `en-tête : ${issue.message}`,
          issue.fix,
          frontMatterLine(text, issue.field.split(".")),
        ),
      );
    }
  }
  return findings;
}

/** A page readers see: written as HTML through a layout (not a redirect or the sitemap, written by hand). */
export function isContentPage(page: SitePage): boolean {
  return page.outputPath.endsWith(".html") && page.data.layout !== false;
}
