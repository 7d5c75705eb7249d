import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

const DESCRIBE =
  "décrivez ce que montre l’image entre les crochets : ![Formulaire de connexion de cartes.gouv.fr](…) ; si elle est purement décorative, écrivez ![](…){data-decorative}";

describe("every image says what it shows", () => {
  it("an empty or missing alt text, a file name (not a phrase that happens to name the file), a generic word and a decorative image with a text are named; marked decorative images and described ones pass", async () => {
    const image = 'test/fixtures/image-alt/content/index.md:%d erreur : image "/img/carte.png" : ';
    const at = (line: number) => image.replace("%d", String(line));
    assert.deepEqual(buildReport(await buildFixture("image-alt")), {
      exitCode: 1,
      findings: [
        `${at(11)}le texte alternatif "Capture d’écran" ne dit pas ce que montre l’image — ${DESCRIBE}`,
        `${at(13)}marquée décorative mais avec le texte alternatif "Filet bleu" — videz le texte alternatif, ou retirez la marque décorative si l’image informe`,
        `test/fixtures/image-alt/content/index.md:21 erreur : image "/img/plan-de-ville.png" : le texte alternatif "plan-de-ville" est un nom de fichier — ${DESCRIBE}`,
        `${at(5)}texte alternatif vide — ${DESCRIBE}`,
        `${at(7)}sans texte alternatif — ${DESCRIBE}`,
        `${at(9)}le texte alternatif "carte.png" est un nom de fichier — ${DESCRIBE}`,
      ],
    });
  });
});
