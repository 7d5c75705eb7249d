import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFinding } from "../../lib/checks/report/format-findings.ts";
import { eleventyErrorFinding } from "../../lib/pipeline/eleventy-error.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { buildReport } from "../support/build-report.ts";

describe("errors that stop Eleventy become one line for the editor", () => {
  it("a YAML syntax error names the file and the line of the faulty field, in French", async () => {
    assert.deepEqual(buildReport(await buildFixture("yaml-error")), {
      exitCode: 1,
      findings: [
        "test/fixtures/yaml-error/content/index.md:3 erreur : en-tête YAML illisible : indentation incorrecte, ou deux-points dans une valeur sans guillemets — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne",
      ],
    });
  });

  it("a YAML reason it does not know is kept as js-yaml says it", () => {
    const cause = Object.assign(new Error("Having trouble reading front matter from template ./content/fr/page.md"), {
      originalError: { name: "YAMLException", message: "x", reason: "unknown escape sequence", mark: { line: 4 } },
    });
    assert.equal(
      formatFinding(eleventyErrorFinding(cause)),
      "content/fr/page.md:5 erreur : en-tête YAML illisible : unknown escape sequence — vérifiez l’indentation (espaces, pas de tabulation), les deux-points et les guillemets de cette ligne",
    );
  });
});
