import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "../../lib/eleventy/markdown.ts";
import { BuildContext } from "../../lib/pipeline/build-context.ts";

const md = createMarkdown({ build: new BuildContext(), publicDir: "test/fixtures/markdown/public" });
const figure = (caption: string, classes = "frx-figure__img") =>
  `<figure class="fr-content-media" aria-label="${caption}"><img src="/img/point.png" alt="Un point" class="${classes}" width="3" height="2" loading="lazy" decoding="async"><figcaption class="fr-content-media__caption">${caption}</figcaption></figure>\n`;

describe("an image with a title", () => {
  it("is a DSFR figure whose caption is the title, with French typography", () => {
    assert.equal(md.render('![Un point](/img/point.png "Le point : rouge")'), figure("Le point\u00a0: rouge"));
  });

  it("keeps its classes but fr-responsive-img, which the DSFR crops to 16:9 in a figure", () => {
    assert.equal(
      md.render('![Un point](/img/point.png "Légende"){.fr-responsive-img .frx-border-img}'),
      figure("Légende", "frx-figure__img frx-border-img"),
    );
  });

  it("leaves the paragraph it sat in: the text before and after stay paragraphs of their own", () => {
    assert.equal(
      md.render('Ouvrez le site :\n![Un point](/img/point.png "Légende")\nPuis *cliquez*.'),
      `<p>Ouvrez le site\u00a0:</p>\n${figure("Légende")}<p>Puis <em>cliquez</em>.</p>\n`,
    );
  });

  it("is a figure in a list item too, and stays an image inside a link", () => {
    assert.equal(
      md.render('- ![Un point](/img/point.png "Légende")'),
      `<ul>\n<li>\n${figure("Légende")}</li>\n</ul>\n`,
    );
    assert.match(
      md.render('[![Un point](/img/point.png "Légende")](/fr/)'),
      /^<p><a href="\/fr\/"><img [^>]*title="Légende"><\/a><\/p>/,
    );
  });

  it("is told apart from an image without a title, which stays in its paragraph", () => {
    assert.match(
      md.render("![Un point](/img/point.png)"),
      /^<p><img src="\/img\/point\.png" alt="Un point" width="3" height="2"/,
    );
  });
});
