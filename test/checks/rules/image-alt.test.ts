import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../../support/build-fixture.ts";
import { buildReport } from "../../support/build-report.ts";

const DESCRIBE =
  "décrivez ce que montre l’image entre les crochets : ![Formulaire de connexion de cartes.gouv.fr](…) ; si elle est purement décorative, écrivez ![](…){data-decorative}";
const DESCRIBE_FIGURE =
  'décrivez ce que montre l’image, en plus de sa légende : entre les crochets en Markdown, ![Formulaire de connexion](… "Légende"), ou en deuxième paramètre de {% imageContent "…", "Formulaire de connexion", "Légende" %}';

describe("every image says what it shows", () => {
  it("an empty or missing alt text, a file name, a generic word and a decorative image with a text are named, figures without one too; marked decorative images and described ones pass", async () => {
    const image = 'test/fixtures/image-alt/content/index.md:%d erreur : image "/img/carte.png" : ';
    const at = (line: number) => image.replace("%d", String(line));
    const figureAt = (line: number) => at(line).replace(": image", ": figure");
    assert.deepEqual(buildReport(await buildFixture("image-alt")), {
      exitCode: 1,
      findings: [
        `${at(11)}le texte alternatif "Capture d’écran" ne dit pas ce que montre l’image — ${DESCRIBE}`,
        `${at(13)}marquée décorative mais avec le texte alternatif "Filet bleu" — videz le texte alternatif, ou retirez la marque décorative si l’image informe`,
        `${figureAt(21)}texte alternatif vide — ${DESCRIBE_FIGURE}`,
        `${figureAt(23)}texte alternatif vide — ${DESCRIBE_FIGURE}`,
        `${at(5)}texte alternatif vide — ${DESCRIBE}`,
        `${at(7)}sans texte alternatif — ${DESCRIBE}`,
        `${at(9)}le texte alternatif "carte.png" est un nom de fichier — ${DESCRIBE}`,
      ],
    });
  });
});
