import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkDraftLinks } from "../../../lib/checks/rules/draft-links.ts";
import { checkLinks } from "../../../lib/checks/rules/links.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { writeSite } from "../../support/write-site.ts";

describe("links to drafts", () => {
  it("stop the build on the line of the link, said as a link to a draft rather than a broken link", async () => {
    const { findings } = buildReport(await buildFixture("post-checks"));
    assert.deepEqual(
      findings.filter((line) => line.includes("brouillon/")),
      [
        'test/fixtures/post-checks/content/fr/actualites/date-future.md:9 erreur : lien vers "/fr/actualites/brouillon/", un brouillon (« draft: true ») que la construction ne publie pas — retirez le lien, ou publiez la page visée en retirant « draft: true » de son en-tête',
      ],
    );
  });

  it("are found in the preview too, where drafts are shown, but not from one draft to another", () => {
    const site = writeSite([
      {
        url: "/fr/a/",
        source: "a.md",
        markdown: "[b](/fr/b/)\n",
        html: '<a href="/fr/b/">b</a>',
        data: { title: "A" },
      },
      {
        url: "/fr/b/",
        source: "b.md",
        markdown: "[c](/fr/c/)\n",
        html: '<a href="/fr/c/">c</a>',
        data: { title: "B", draft: true },
      },
      { url: "/fr/c/", source: "c.md", markdown: "", html: "<p></p>", data: { title: "C", draft: true } },
    ]);
    const model = readSiteModel(site);
    assert.deepEqual(
      checkDraftLinks(model).map((finding) => formatFinding(finding).replace(/^.*\/(?=a\.md:)/, "")),
      [
        'a.md:1 erreur : lien vers "/fr/b/", un brouillon (« draft: true ») que la construction ne publie pas — retirez le lien, ou publiez la page visée en retirant « draft: true » de son en-tête',
      ],
    );
    assert.deepEqual(checkLinks(model), []);
  });
});
