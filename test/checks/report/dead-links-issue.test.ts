import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { error, warning } from "../../../lib/checks/finding.ts";
import { deadLinksIssueBody } from "../../../lib/checks/report/dead-links-issue.ts";

const dead = (file: string, line: number, url: string, problem = "introuvable (HTTP 404)") =>
  warning("link-external", file, `lien externe "${url}" ${problem}`, "ouvrez-le dans un navigateur", line);

describe("the issue that lists the dead links to other sites", () => {
  it("lists each dead link once, with the places that write it, and links to the run", () => {
    const body = deadLinksIssueBody(
      [
        dead("content/fr/b.md", 4, "https://ign.fr/x"),
        dead("content/fr/a.md", 12, "https://ign.fr/x"),
        dead("content/fr/a.md", 20, "https://data.gouv.fr/y", "sans réponse après 10 s"),
      ],
      "https://github.com/IGNF/aide/actions/runs/1",
    );
    assert.equal(
      body,
      [
        "2 liens vers d’autres sites ne répondent plus (`npm run check -- --external`, [dernière vérification](https://github.com/IGNF/aide/actions/runs/1)) :",
        "",
        '- "https://data.gouv.fr/y" sans réponse après 10 s',
        "  - `content/fr/a.md:20`",
        '- "https://ign.fr/x" introuvable (HTTP 404)',
        "  - `content/fr/a.md:12`",
        "  - `content/fr/b.md:4`",
        "",
        "Corrigez l’adresse, ou retirez le lien si la page a disparu. Cette liste est mise à jour à chaque vérification hebdomadaire, et le ticket fermé quand tous les liens répondent.",
      ].join("\n"),
    );
  });

  it("says it in the singular for one link, and leaves out the other findings", () => {
    const body =
      deadLinksIssueBody([
        dead("content/fr/a.md", 1, "https://ign.fr/x"),
        error("link-broken", "content/fr/a.md", "lien cassé"),
      ]) ?? "";
    assert.match(body, /^Un lien vers un autre site ne répond plus \(`npm run check -- --external`\) :/);
    assert.doesNotMatch(body, /lien cassé/);
  });

  it("has nothing to say when every link answers", () => {
    assert.equal(deadLinksIssueBody([error("link-broken", "content/fr/a.md", "lien cassé")]), undefined);
  });
});
