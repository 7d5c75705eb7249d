import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { error, warning } from "../../../lib/checks/finding.ts";
import { escapeData, escapeProperty, githubAnnotations } from "../../../lib/checks/report/github-annotations.ts";

describe("findings as GitHub annotations", () => {
  it("writes an error on its file and line, titled with its rule, the fix after the message", () => {
    const finding = error(
      "link-broken",
      "content/fr/index.md",
      "lien vers une page inexistante",
      "écrivez /fr/guides-producteur/",
      12,
    );
    assert.deepEqual(githubAnnotations([finding]), [
      "::error file=content/fr/index.md,line=12,title=vérification link-broken::lien vers une page inexistante — écrivez /fr/guides-producteur/",
    ]);
  });

  it("writes a warning as ::warning, and a finding without a line on its file alone", () => {
    assert.deepEqual(githubAnnotations([warning("image-unused", "public/img/a.png", "image inutilisée")]), [
      "::warning file=public/img/a.png,title=vérification image-unused::image inutilisée",
    ]);
  });

  it("escapes %, carriage returns and line feeds in the message, so that it stays one command", () => {
    assert.equal(escapeData("100 % faux\r\nsuite: a, b"), "100 %25 faux%0D%0Asuite: a, b");
  });

  it("also escapes : and , in properties, which would end the property or start the message", () => {
    assert.equal(escapeProperty("content/fr/a,b:c%\n.md"), "content/fr/a%2Cb%3Ac%25%0A.md");
    const [annotation] = githubAnnotations([
      error("link-broken", "content/fr/a,b.md", "lien : « x »\nsuite", undefined, 3),
    ]);
    assert.equal(
      annotation,
      "::error file=content/fr/a%2Cb.md,line=3,title=vérification link-broken::lien : « x »%0Asuite",
    );
  });

  it("writes nothing when there is nothing to say", () => {
    assert.deepEqual(githubAnnotations([]), []);
  });
});
