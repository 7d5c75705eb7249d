import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { cleanPath } from "../../lib/checks/rules/file-names.ts";
import { encodedUrl } from "../../lib/eleventy/page-urls.ts";
import type { BuiltSite } from "../support/build-fixture.ts";
import { buildWrittenAsIs, WRITTEN_AS_IS as FIXTURE, ODD_PAGE as PAGE } from "../support/written-as-is.ts";

describe("a page whose file name has spaces and accents", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildWrittenAsIs();
  });

  it("is published, with a warning that gives the name to use", () => {
    assert.equal(site.ok, true);
    // Its tags, each on this page only, are warned about too (single-use-tags.ts): not this case's.
    assert.deepEqual(site.findings.filter((finding) => finding.rule !== "tag-single-use").map(formatFinding), [
      `${FIXTURE}/fr/Mon dossier/Élève à l’école.md avertissement : adresse de la page illisible une fois publiée (« /fr/Mon dossier/Élève à l’école/ » devient « ${PAGE} ») : espace, accent ou signe dans le nom du fichier ou d’un dossier — renommez-le « ${FIXTURE}/fr/mon-dossier/eleve-a-l-ecole.md » (et mettez à jour les liens vers cette page)`,
    ]);
  });

  it("has its URL percent-encoded in its links and in the site map, never a raw space", () => {
    const page = site.html(decodeURI(PAGE));
    assert.match(page, new RegExp(`<a class="fr-breadcrumb__link" href="${PAGE}" aria-current="page">`));
    const sitemap = readFileSync(path.join(site.outputDir, "sitemap.xml"), "utf8");
    assert.match(sitemap, new RegExp(`<loc>https://cartes.gouv.fr${PAGE}</loc>`));
    assert.doesNotMatch(sitemap, /<loc>[^<]* /);
  });
});

describe("page URLs", () => {
  it("are encoded once, whether they were encoded already or not", () => {
    assert.equal(encodedUrl("/fr/Mon dossier/é/"), "/fr/Mon%20dossier/%C3%A9/");
    assert.equal(encodedUrl("/fr/Mon%20dossier/%C3%A9/"), "/fr/Mon%20dossier/%C3%A9/");
    assert.equal(encodedUrl("/fr/100%/"), "/fr/100%25/");
  });

  it("take a clean name for each file or folder that needs one", () => {
    assert.equal(cleanPath("content/fr/Mon dossier/Élève à l’école.MD"), "content/fr/mon-dossier/eleve-a-l-ecole.md");
    assert.equal(cleanPath("content/fr/guide/page.md"), "content/fr/guide/page.md");
  });
});
