import { error, type Finding } from "../finding.ts";
import { pageReferences, placeOf } from "../model/page-references.ts";
import { locateReference } from "../model/reference-source.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";

/**
 * A published page never links to a draft: the build leaves drafts out, so the link would be
 * broken once published. In a build, the drafts are the pages it left out; in the preview
 * (`npm start`), which shows them, the pages whose front matter says `draft: true`, linked from
 * the text of another page (the preview's own menus and listings list its drafts on purpose).
 */
export function checkDraftLinks(model: SiteModel): Finding[] {
  // Most builds have no draft: no need to look at every link.
  if (model.drafts.size === 0 && !model.pages.some(isDraft)) return [];
  const byOutput = new Map(model.pages.map((page) => [page.outputPath, page]));
  const findings: Finding[] = [];
  for (const item of pageReferences(model)) {
    const { page, reference, target, file } = item;
    if (page.data.draft === true || target.kind !== "internal" || !LINKS.has(reference.element)) continue;
    const shown = file !== undefined && isDraft(byOutput.get(file));
    if (!shown && (file || !isLeftOutDraft(model, target.path))) continue;
    const place = placeOf(item);
    const { file: source, line } = locateReference(model, page, place.value, place.occurrence);
    // The preview's menus, listings and tag pages list its drafts: only the links an editor wrote are at fault.
    if (shown && (source !== page.source || line === undefined)) continue;
    findings.push(
      error(
        "link-draft",
        source,
        `lien vers "${target.path}", un brouillon (« draft: true ») que la construction ne publie pas`,
        "retirez le lien, ou publiez la page visée en retirant « draft: true » de son en-tête",
        line,
      ),
    );
  }
  return findings;
}

/** Whether a URL of the site is the one of a draft the build left out. */
export function isLeftOutDraft(model: SiteModel, sitePath: string): boolean {
  const folder = sitePath.endsWith("/") ? sitePath : `${sitePath}/`;
  return (
    model.drafts.has(sitePath) || model.drafts.has(folder) || model.drafts.has(sitePath.replace(/index\.html$/, ""))
  );
}

function isDraft(page: SitePage | undefined): boolean {
  return page?.data.draft === true;
}

const LINKS = new Set(["a", "area"]);
