import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseVnuReport } from "../../../tools/audit/nu-html-checker.ts";

describe("the Nu Html Checker's report", () => {
  const report = parseVnuReport(
    JSON.stringify({
      messages: [
        {
          type: "error",
          url: "file:/tmp/site/fr/index.html",
          firstLine: 12,
          lastLine: 12,
          message: "Duplicate ID “x”.",
          extract: '<p id="x">\n  texte',
        },
        {
          type: "info",
          subType: "warning",
          url: "file:/tmp/site/fr/index.html",
          message: "The “navigation” role is unnecessary for element “nav”.",
        },
        { type: "non-document-error", url: "file:/tmp/site/absent.html", message: "File not found." },
      ],
    }),
    (file) => file.replace("/tmp/site", "/aide").replace("index.html", ""),
    2,
  );

  it("turns errors into issues naming the page, the line and the extract", () => {
    assert.deepEqual(report.errors[0], {
      page: "/aide/fr/",
      rule: "html/nu-checker",
      element: 'index.html:12 <p id="x"> texte',
      message: "Duplicate ID “x”.",
    });
  });

  it("keeps errors about a file it could not read", () => {
    assert.equal(report.errors[1]?.message, "File not found.");
    assert.equal(report.errors[1]?.page, "/aide/absent.html");
  });

  it("counts warnings without failing on them", () => {
    assert.equal(report.errors.length, 2);
    assert.equal(report.warnings, 1);
    assert.equal(report.files, 2);
  });
});
