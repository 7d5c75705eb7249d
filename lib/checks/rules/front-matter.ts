import { frenchIssues } from "../../schema/french-issues.ts";
import { frontMatterSchema } from "../../schema/front-matter.ts";
import { closest } from "../../shared/closest.ts";
import { error, type Finding } from "../finding.ts";
import { fieldOrigin } from "../model/field-origin.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";

/**
 * Every page's front matter, merged with its folders' data, follows the one schema of
 * `lib/schema/front-matter.ts`: required fields present, each of the right type, no misspelt
 * field. Each problem points to where the field is written: the page's front matter, or the data
 * file of its folder that sets it (said once there, not on each of its pages).
 */
export function checkFrontMatter(model: SiteModel): Finding[] {
  const findings: Finding[] = [];
  for (const page of model.pages.filter(isContentPage)) {
    const unknown = unknownFields(model, page);
    findings.push(...unknown.map((field) => field.finding));
    const data = page.data;
    const result = frontMatterSchema.safeParse(data);
    if (result.success) continue;
    for (const issue of frenchIssues(frontMatterSchema, data, result.error.issues)) {
      // An unknown pictogram gets its own message, with the closest existing name.
      if (issue.field === "pictogram" && typeof data.pictogram === "string") continue;
      // `titel:` is also a missing `title`: said once, as the misspelling with its fix.
      if (unknown.some((field) => field.suggestion === issue.field) && issue.message.endsWith("obligatoire manquant"))
        continue;
      const { file, line } = fieldOrigin(model, page, issue.field.split("."));
      const where = file === page.source ? "en-tête" : "données du dossier";
      findings.push(error("front-matter-invalid", file, `${where} : ${issue.message}`, issue.fix, line));
    }
  }
  return findings;
}

/** A page readers see: written as HTML through a layout (not a redirect or the sitemap, written by hand). */
export function isContentPage(page: SitePage): boolean {
  return page.outputPath.endsWith(".html") && page.data.layout !== false;
}

/**
 * The fields of a page's own front matter that nothing reads: not in the schema, not one of
 * Eleventy's, not a name the site's global data or the page's folder data gives (data that a
 * page may override). Fields are read from the schema as it is, so that a field added there is
 * known at once. Folder data files may hold data of their own (`urls`…): only pages are asked.
 */
function unknownFields(model: SiteModel, page: SitePage): { finding: Finding; suggestion?: string }[] {
  const fields = [...Object.keys(frontMatterSchema.shape), ...ELEVENTY_FIELDS];
  const known = new Set([...fields, ...model.globalData]);
  // Noted by the build as Eleventy read the page; read again only for a site built before that.
  const own = page.ownFields ?? Object.keys(model.dataSource(page.source)?.data ?? {});
  let unknown = own.filter((field) => !known.has(field));
  if (unknown.length === 0) return [];
  // Data a folder gives its pages (`urls`…) may be set again by a page: looked for only now, when needed.
  const folderFields = new Set(
    model.dataFilesOf(page.source).flatMap((file) => Object.keys(model.dataSource(file)?.data ?? {})),
  );
  unknown = unknown.filter((field) => !folderFields.has(field));
  const text = model.source(page.source) ?? "";
  return unknown.map((field) => {
    const suggestion = closest(field, fields);
    const finding = error(
      "front-matter-unknown",
      page.source,
      `en-tête : paramètre « ${field} » inconnu`,
      suggestion
        ? `vouliez-vous dire « ${suggestion} » ?`
        : `paramètres possibles : ${Object.keys(frontMatterSchema.shape).join(", ")}`,
      frontMatterLine(text, [field]),
    );
    return { finding, suggestion };
  });
}

/** What Eleventy itself reads in a page's data (https://www.11ty.dev/docs/data-configuration/). */
const ELEVENTY_FIELDS = [
  "layout",
  "permalink",
  "tags",
  "date",
  "pagination",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyImport",
  "eleventyDataSchema",
  "templateEngineOverride",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
];
