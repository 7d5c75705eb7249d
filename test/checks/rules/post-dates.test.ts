import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { checkPostDates } from "../../../lib/checks/rules/post-dates.ts";
import { isoDay } from "../../../lib/posts/post-date.ts";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";
import { writeSite } from "../../support/write-site.ts";

const FIXTURE = "test/fixtures/post-checks/content/fr/actualites";

describe("the publication dates of posts", () => {
  it("stop the build on the line of a missing, unreadable or impossible date, and warn of one to come", async () => {
    const { exitCode, findings } = buildReport(await buildFixture("post-checks"));
    assert.equal(exitCode, 1);
    assert.deepEqual(
      findings.filter((line) => /date de publication|sans date/.test(line)),
      [
        `${FIXTURE}/date-a-la-francaise.md:3 erreur : date de publication "12/08/2026" illisible ou impossible — écrivez une date qui existe, année-mois-jour, sans guillemets : « date: 2026-08-12 »`,
        `${FIXTURE}/date-future.md:3 avertissement : date de publication 2099-01-01 dans le futur : l’actualité est publiée dès maintenant, datée de ce jour-là — corrigez la date, ou gardez la page en brouillon (« draft: true ») jusqu’au jour de sa publication`,
        `${FIXTURE}/date-impossible.md:5 erreur : date de publication "2026-02-30" illisible ou impossible — écrivez une date qui existe, année-mois-jour, sans guillemets : « date: 2026-08-12 »`,
        `${FIXTURE}/sans-date.md:1 erreur : actualité sans date de publication : sa liste ne peut pas la classer — ajoutez à son en-tête la ligne « date: ${isoDay(new Date())} » (année-mois-jour de sa publication)`,
      ],
    );
  });

  it("take today as the day the build runs, and leave a draft's date to come alone", () => {
    const listing = {
      url: "/fr/a/",
      source: "a/index.md",
      markdown: "---\ntitle: A\n---\n",
      html: "<p></p>",
      data: { title: "A", posts: true },
    };
    const post = (draft: boolean) => ({
      url: "/fr/a/b/",
      source: "a/b.md",
      markdown: "---\ntitle: B\ndate: 2026-08-12\n---\n",
      html: "<p></p>",
      data: { title: "B", date: "2026-08-12T00:00:00.000Z", draft },
    });
    const checked = (draft: boolean, today: string) =>
      checkPostDates(readSiteModel(writeSite([listing, post(draft)])), new Date(today)).map((finding) => finding.rule);
    assert.deepEqual(checked(false, "2026-08-11T23:00:00Z"), ["post-date-future"]);
    assert.deepEqual(checked(false, "2026-08-12T08:00:00Z"), []);
    assert.deepEqual(checked(true, "2026-08-11T23:00:00Z"), []);
  });
});
