import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkSingleUseTags } from "../../../lib/checks/rules/single-use-tags.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { writeSite } from "../../support/write-site.ts";

const page = (name: string, tags: string[], data: Record<string, unknown> = {}) => ({
  url: `/fr/${name}/`,
  source: `${name}.md`,
  markdown: `---\ntitle: ${name}\ntags:\n${tags.map((tag) => `    - ${tag}`).join("\n")}\n---\n`,
  html: "<p></p>",
  data: { title: name, tags, ...data },
});

describe("tags carried by a single page", () => {
  it("are a warning on the line of the tag", async () => {
    const { findings } = buildReport(await buildFixture("post-checks"));
    assert.deepEqual(
      findings.filter((line) => line.includes("étiquette")),
      [
        'test/fixtures/post-checks/content/fr/actualites/date-future.md:6 avertissement : étiquette "Anticipation" portée par cette seule page : sa page d’étiquette ne mène qu’ici — donnez-la aussi aux autres pages du même sujet, ou retirez-la',
      ],
    );
  });

  it("suggest the closest tag of the site, a spelling mistake being the likeliest cause", () => {
    const site = writeSite([page("a", ["Mises à jour"]), page("b", ["Mises à jour"]), page("c", ["Mise à jour"])]);
    const [finding] = checkSingleUseTags(readSiteModel(site));
    assert.match(
      formatFinding(finding!),
      /c\.md:4 avertissement : étiquette "Mise à jour" portée par cette seule page .* — vouliez-vous dire "Mises à jour" \?$/,
    );
  });

  it("leave alone a tag that two pages share, and do not count drafts or pages outside the collections", () => {
    const site = writeSite([
      page("a", ["API"]),
      page("b", ["API", "Brouillon"], { draft: true }),
      page("c", ["Brouillon"], { eleventyExcludeFromCollections: true }),
      page("d", ["API"]),
    ]);
    assert.deepEqual(checkSingleUseTags(readSiteModel(site)), []);
  });
});
