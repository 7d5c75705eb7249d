import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { buildFixture } from "../support/build-fixture.ts";

describe("mistakes met while rendering fail the build with a message for the editor", () => {
  it("an unknown component names the page, the line and the closest component", async () => {
    const site = await buildFixture("unknown-component");
    assert.equal(site.ok, false);
    assert.deepEqual(site.findings.map(formatFinding), [
      'test/fixtures/unknown-component/content/page.md:9 erreur : composant "tuile" inconnu — vouliez-vous dire "tile" ? composants disponibles : accordionsgroup, alert, badge, callout, card, card_list, download, highlight, quote, swaggerui, table, tabnav, taggroup, tile, tile_list',
    ]);
    assert.equal(existsSync(site.outputDir), false, "nothing is published");
  });

  it("an unknown pictogram names the page, the line and the closest pictogram", async () => {
    const site = await buildFixture("unknown-pictogram");
    assert.equal(site.ok, false);
    assert.deepEqual(site.findings.map(formatFinding), [
      'test/fixtures/unknown-pictogram/content/page.md:4 erreur : pictogramme "map/location-franse.svg" inconnu dans le DSFR installé — vouliez-vous dire "map/location-france.svg" ?',
    ]);
  });
});
