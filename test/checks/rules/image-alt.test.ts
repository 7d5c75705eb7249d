import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkImageAlt } from "../../../lib/checks/rules/image-alt.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const DESCRIBE =
  "décrivez ce que montre l’image entre les crochets : ![Formulaire de connexion de cartes.gouv.fr](…) ; si elle est purement décorative, écrivez ![](…){data-decorative}";
const DESCRIBE_FIGURE =
  'décrivez ce que montre l’image, en plus de sa légende : entre les crochets en Markdown, ![Formulaire de connexion](… "Légende"), ou en deuxième paramètre de {% imageContent "…", "Formulaire de connexion", "Légende" %}';

/** A page with one image of /img/carte.png written in Markdown, and the HTML the build made of it. */
const imagePage = (markdown: string, html: string, pathPrefix = "/") =>
  siteModel({ pathPrefix, pages: [{ url: "/", markdown: `Texte.\n\n${markdown}`, html }] });

describe("every image says what it shows", () => {
  it("an image without alt text is named on its line", () => {
    const model = imagePage('<img src="/img/carte.png">', '<img src="/img/carte.png">');
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:3 erreur : image "/img/carte.png" : sans texte alternatif — ${DESCRIBE}`,
    ]);
  });

  it("an empty alt text, or one of spaces, is named", () => {
    const model = imagePage("![ ](/img/carte.png)", '<img src="/img/carte.png" alt=" ">');
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:3 erreur : image "/img/carte.png" : texte alternatif vide — ${DESCRIBE}`,
    ]);
  });

  it("an alt text written as a file name, with its extension or as the file's lower-case stem, is named; a word that happens to be the file's name is not", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown:
            "![carte.png](/img/carte.png)\n\n![plan-de-ville](/img/plan-de-ville.png)\n\n![plan.jpeg](/img/carte.png)\n\n![Carte](/img/carte.png)",
          html: '<img src="/img/carte.png" alt="carte.png"><img src="/img/plan-de-ville.png" alt="plan-de-ville"><img src="/img/carte.png" alt="plan.jpeg"><img src="/img/carte.png" alt="Carte">',
        },
      ],
    });
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:1 erreur : image "/img/carte.png" : le texte alternatif "carte.png" est un nom de fichier — ${DESCRIBE}`,
      `[image-alt] content/index.md:3 erreur : image "/img/plan-de-ville.png" : le texte alternatif "plan-de-ville" est un nom de fichier — ${DESCRIBE}`,
      `[image-alt] content/index.md:5 erreur : image "/img/carte.png" : le texte alternatif "plan.jpeg" est un nom de fichier — ${DESCRIBE}`,
    ]);
  });

  it("an alt text that names the medium, whatever its case and accents, is named", () => {
    const model = imagePage("![CAPTURE D'ECRAN](/img/carte.png)", '<img src="/img/carte.png" alt="CAPTURE D\'ECRAN">');
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:3 erreur : image "/img/carte.png" : le texte alternatif "CAPTURE D'ECRAN" ne dit pas ce que montre l’image — ${DESCRIBE}`,
    ]);
  });

  it("an image marked decorative that has an alt text is named", () => {
    const model = imagePage(
      "![Filet bleu](/img/carte.png){data-decorative}",
      '<img src="/img/carte.png" alt="Filet bleu" data-decorative>',
    );
    assert.deepEqual(said(checkImageAlt(model)), [
      '[image-alt] content/index.md:3 erreur : image "/img/carte.png" : marquée décorative mais avec le texte alternatif "Filet bleu" — videz le texte alternatif, ou retirez la marque décorative si l’image informe',
    ]);
  });

  it("a figure, an image with a caption, without alt text is named like an image, the fix naming both ways to write one", () => {
    const model = imagePage(
      '![](/img/carte.png "Les régions")',
      '<figure class="fr-content-media" aria-label="Les régions"><picture><source type="image/avif" srcset="/img/carte-375w.0123abcd.avif 375w"><img src="/img/carte.png" alt=""></picture><figcaption class="fr-content-media__caption">Les régions</figcaption></figure><img src="/img/carte.png" alt="Carte des régions">',
    );
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:3 erreur : figure "/img/carte.png" : texte alternatif vide — ${DESCRIBE_FIGURE}`,
    ]);
  });

  it("names the image as the editor wrote it, without the path prefix", () => {
    const model = imagePage("![](/img/carte.png)", '<img src="/aide/img/carte.png" alt="">', "/aide/");
    assert.deepEqual(said(checkImageAlt(model)), [
      `[image-alt] content/index.md:3 erreur : image "/img/carte.png" : texte alternatif vide — ${DESCRIBE}`,
    ]);
  });

  it("leaves alone described images and decorative ones without text, marked in Markdown or with role", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: [
            '<img src="/img/carte.png" alt="Carte de France avec ses régions">',
            '<img src="/img/filet.png" alt="" data-decorative>',
            '<img src="/img/filet.png" alt="" role="presentation"><img src="/img/filet.png" role="none">',
          ].join(""),
        },
      ],
    });
    assert.deepEqual(checkImageAlt(model), []);
  });
});

describe("every image says what it shows, end to end", () => {
  it("images written in Markdown and in HTML, and figures, are named on their line, a file name but not a phrase that happens to name the file; marked decorative and described ones pass", async () => {
    const at = (line: number) =>
      `test/fixtures/defects/content/images/textes-alternatifs.md:${line} erreur : image "/img/carte.png" : `;
    const figureAt = (line: number) => at(line).replace(": image", ": figure");
    assert.deepEqual(await reportedUnder("defects", "content/images/textes-alternatifs.md"), [
      `${at(11)}le texte alternatif "Capture d’écran" ne dit pas ce que montre l’image — ${DESCRIBE}`,
      `${at(13)}marquée décorative mais avec le texte alternatif "Filet bleu" — videz le texte alternatif, ou retirez la marque décorative si l’image informe`,
      `test/fixtures/defects/content/images/textes-alternatifs.md:21 erreur : image "/img/plan-de-ville.png" : le texte alternatif "plan-de-ville" est un nom de fichier — ${DESCRIBE}`,
      `${figureAt(27)}texte alternatif vide — ${DESCRIBE_FIGURE}`,
      `${figureAt(29)}texte alternatif vide — ${DESCRIBE_FIGURE}`,
      `${at(5)}texte alternatif vide — ${DESCRIBE}`,
      `${at(7)}sans texte alternatif — ${DESCRIBE}`,
      `${at(9)}le texte alternatif "carte.png" est un nom de fichier — ${DESCRIBE}`,
    ]);
  });
});
