import type { Finding } from "../finding.ts";
import { pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel, SitePage } from "../model/site-model.ts";

/**
 * A published page never links to a draft: the build leaves drafts out, so the link would be
 * broken once published. In a build, the drafts are the pages it left out; in the preview
 * (`npm start`), which shows them, the pages whose front matter says `draft: true`.
 */
export function checkDraftLinks(model: SiteModel): Finding[] {
  const byOutput = new Map(model.pages.map((page) => [page.outputPath, page]));
  const findings: Finding[] = [];
  for (const item of pageReferences(model)) {
    const { page, reference, target, file } = item;
    if (page.data.draft === true || target.kind !== "internal" || !LINKS.has(reference.element)) continue;
    const draft = file ? isDraft(byOutput.get(file)) : isLeftOut(model, target.path);
    if (!draft) continue;
    findings.push(
      referenceFinding(
        model,
        placeOf(item),
        "error",
        "link-draft",
        `lien vers "${target.path}", un brouillon (« draft: true ») que la construction ne publie pas`,
        "retirez le lien, ou publiez la page visée en retirant « draft: true » de son en-tête",
      ),
    );
  }
  return findings;
}

/** Whether a URL of the site is the one of a draft the build left out. */
export function isLeftOut(model: SiteModel, sitePath: string): boolean {
  const folder = sitePath.endsWith("/") ? sitePath : `${sitePath}/`;
  return (
    model.drafts.has(sitePath) || model.drafts.has(folder) || model.drafts.has(sitePath.replace(/index\.html$/, ""))
  );
}

function isDraft(page: SitePage | undefined): boolean {
  return page?.data.draft === true;
}

const LINKS = new Set(["a", "area"]);
