import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

describe("http links to sites we reach in https elsewhere", () => {
  it("are a warning that names the https address, and do not stop the build; a host never seen in https is left alone", async () => {
    assert.deepEqual(buildReport(await buildFixture("http-link")), {
      exitCode: 0,
      findings: [
        'test/fixtures/http-link/content/index.md:5 avertissement : lien non sécurisé "http://www.example.org/a" : d’autres liens du site mènent à www.example.org en https — écrivez "https://www.example.org/a"',
      ],
    });
  });
});
