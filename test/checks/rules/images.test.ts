import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkImages } from "../../../lib/checks/rules/images.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const ALT = 'alt="Carte des régions"';
const SIZE = 'width="40" height="30"';

describe("images that do not exist", () => {
  it("a missing image is named on its line, the closest image of the same kind suggested", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          markdown: "Texte.\n\n![Carte des régions](/img/carte-region.png)",
          html: `<img src="/img/carte-region.png" ${ALT} ${SIZE}>`,
        },
      ],
      files: { "/img/carte-regions.png": {}, "/img/carte-region.svg": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] content/index.md:3 erreur : image "/img/carte-region.png" introuvable — vouliez-vous dire "/img/carte-regions.png" ?',
    ]);
  });

  it("a missing image with none near it says which file of public/ to add", () => {
    const model = siteModel({
      pages: [
        { url: "/", markdown: "![Logo](/img/logos/ign.svg)", html: `<img src="/img/logos/ign.svg" ${ALT} ${SIZE}>` },
      ],
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] content/index.md:1 erreur : image "/img/logos/ign.svg" introuvable — ajoutez le fichier public/img/logos/ign.svg, ou corrigez l’adresse',
    ]);
  });

  it("a missing candidate of a srcset, a missing drawing and a missing background are each named", () => {
    const html = [
      `<img src="/img/carte.png" srcset="/img/carte-2x.png 2x, /img/carte.png 1x" ${ALT} ${SIZE}>`,
      '<svg><use href="/artwork/inconnu.svg#artwork-major"></use></svg>',
      '<div style="background: url(/img/fond.png)"></div>',
    ];
    const model = siteModel({
      pages: [{ url: "/", markdown: html.join("\n"), html: html.join("") }],
      files: { "/img/carte.png": { width: 40, height: 30 } },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] content/index.md:1 erreur : image "/img/carte-2x.png" introuvable — vouliez-vous dire "/img/carte.png" ?',
      '[image-missing] content/index.md:2 erreur : dessin "/artwork/inconnu.svg" introuvable — ajoutez le fichier public/artwork/inconnu.svg, ou corrigez l’adresse',
      '[image-missing] content/index.md:3 erreur : image "/img/fond.png" introuvable — ajoutez le fichier public/img/fond.png, ou corrigez l’adresse',
    ]);
  });

  it("names a missing image as the editor wrote it, without the path prefix", () => {
    const model = siteModel({
      pathPrefix: "/aide/",
      pages: [
        { url: "/", markdown: "![Carte](/img/absente.png)", html: `<img src="/aide/img/absente.png" ${ALT} ${SIZE}>` },
      ],
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] content/index.md:1 erreur : image "/img/absente.png" introuvable — ajoutez le fichier public/img/absente.png, ou corrigez l’adresse',
    ]);
  });

  it("under a path prefix, a drawing or background written from the site's root, which the build does not prefix, is named with the url filter to use", () => {
    const html = [
      '<svg><use href="/artwork/carte.svg#artwork-major"></use></svg>',
      '<div style="background: url(/img/fond.png)"></div>',
    ];
    const model = siteModel({
      pathPrefix: "/aide/",
      pages: [{ url: "/", markdown: html.join("\n"), html: html.join("") }],
      files: { "/artwork/carte.svg": {}, "/img/fond.png": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      "[image-missing] content/index.md:1 erreur : dessin \"/artwork/carte.svg#artwork-major\" hors du site, qui est publié sous /aide/ — la construction n’ajoute pas le préfixe à cette adresse : écrivez {{ '/artwork/carte.svg#artwork-major' | url }}",
      "[image-missing] content/index.md:2 erreur : image \"/img/fond.png\" hors du site, qui est publié sous /aide/ — la construction n’ajoute pas le préfixe à cette adresse : écrivez {{ '/img/fond.png' | url }}",
    ]);
  });

  it("under a path prefix, an image whose relative address climbs out of the site is told to start from the root", () => {
    const model = siteModel({
      pathPrefix: "/aide/",
      pages: [
        {
          url: "/guide/",
          markdown: "![Carte](../../img/carte.png)",
          html: `<img src="../../img/carte.png" ${ALT} ${SIZE}>`,
        },
      ],
      files: { "/img/carte.png": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] content/guide.md:1 erreur : image "../../img/carte.png" hors du site, qui est publié sous /aide/ — écrivez l’adresse depuis la racine du site ("/img/…") : la construction ajoute le préfixe',
    ]);
  });

  it("under a path prefix, a stylesheet's url() written from the site's root is told the relative address to write", () => {
    const model = siteModel({
      pathPrefix: "/aide/",
      stylesheets: [{ outputPath: "/css/style.css", css: '.a {\n  background: url("/img/fond.png");\n}' }],
      files: { "/img/fond.png": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] public/css/style.css:2 erreur : fichier "/img/fond.png" hors du site, qui est publié sous /aide/ (url() de la feuille de style) — écrivez l’adresse relative à la feuille de style : "../img/fond.png"',
    ]);
  });

  it("a file missing from a stylesheet's url() is named on the stylesheet's line, relative to the stylesheet", () => {
    const model = siteModel({
      stylesheets: [
        {
          outputPath: "/css/style.css",
          css: '@font-face {\n  src: url("../fonts/marianne.woff2");\n  src: url("../fonts/marianne-absente.woff2");\n}\n.a { background: url("/img/absente.png") }',
        },
      ],
      files: { "/fonts/marianne.woff2": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-missing] public/css/style.css:3 erreur : fichier "../fonts/marianne-absente.woff2" introuvable (url() de la feuille de style) — vouliez-vous dire "/fonts/marianne.woff2" ?',
      '[image-missing] public/css/style.css:5 erreur : fichier "/img/absente.png" introuvable (url() de la feuille de style) — ajoutez le fichier public/img/absente.png, ou corrigez l’adresse',
    ]);
  });

  it("leaves alone images that exist, images of other sites, inline images and the paths left unchecked", () => {
    const model = siteModel({
      pages: [
        {
          url: "/guide/",
          html: [
            `<img src="../img/carte.png" srcset="/img/carte.png 2x" ${ALT} ${SIZE}>`,
            `<img src="https://www.ign.fr/logo.png" ${ALT} ${SIZE}><img src="data:image/png;base64,AA" ${ALT} ${SIZE}>`,
            '<svg><use href="/artwork/carte.svg#artwork-major"></use></svg>',
          ].join(""),
        },
      ],
      stylesheets: [{ outputPath: "/css/style.css", css: ".a { background: url(/pagefind/a.svg) }" }],
      files: { "/img/carte.png": { width: 40, height: 30 }, "/artwork/carte.svg": {} },
      ignored: ["/pagefind/"],
    });
    assert.deepEqual(checkImages(model), []);
  });
});

describe("images without width and height", () => {
  it("an image of the site gets the figures to write, read from its file", () => {
    const model = siteModel({
      pages: [{ url: "/", markdown: `<img src="/img/carte.png" ${ALT}>`, html: `<img src="/img/carte.png" ${ALT}>` }],
      files: { "/img/carte.png": { width: 400, height: 300 } },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-dimensions] content/index.md:1 erreur : image "/img/carte.png" sans largeur ni hauteur — ajoutez width="400" height="300" (ou écrivez l’image en Markdown : ses dimensions sont ajoutées à la construction)',
    ]);
  });

  it("an image of another site, or with only its width, is told to get both", () => {
    const images = [`<img src="https://www.ign.fr/logo.png" ${ALT}>`, `<img src="/img/carte.png" ${ALT} width="40">`];
    const model = siteModel({
      pages: [{ url: "/", markdown: images.join("\n"), html: images.join("") }],
      files: { "/img/carte.png": {} },
    });
    assert.deepEqual(said(checkImages(model)), [
      '[image-dimensions] content/index.md:1 erreur : image "https://www.ign.fr/logo.png" sans largeur ni hauteur — ajoutez width et height, en pixels, à la balise <img>',
      '[image-dimensions] content/index.md:2 erreur : image "/img/carte.png" sans largeur ni hauteur — ajoutez width et height, en pixels, à la balise <img>',
    ]);
  });

  it("a missing image is said missing only, not also without size", () => {
    const model = siteModel({ pages: [{ url: "/", html: `<img src="/img/absente.png" ${ALT}>` }] });
    assert.deepEqual(
      checkImages(model).map((finding) => finding.rule),
      ["image-missing"],
    );
  });
});

describe("images over the budget of 1200 px of width and 500 KB", () => {
  /** A page that shows each image with the width and height the build wrote from its file. */
  const budgetSite = (files: Record<string, { width: number; height: number; bytes?: number }>) =>
    siteModel({
      pages: [
        {
          url: "/",
          html: Object.entries(files)
            .map(([file, { width, height }]) => `<img src="${file}" ${ALT} width="${width}" height="${height}">`)
            .join(""),
        },
      ],
      files,
    });

  it("an image wider than 1200 px is a warning with its figures, against its file in public/", () => {
    const model = budgetSite({ "/img/large.png": { width: 1600, height: 20, bytes: 224 } });
    assert.deepEqual(said(checkImages(model)), [
      "[image-budget] public/img/large.png avertissement : image de 1600 × 20 px et 1 Ko : plus large que 1200 px — réduisez-la à 1200 px de large",
    ]);
  });

  it("an image heavier than 500 KB is a warning with its figures", () => {
    const model = budgetSite({ "/img/lourde.png": { width: 100, height: 100, bytes: 614_735 } });
    assert.deepEqual(said(checkImages(model)), [
      "[image-budget] public/img/lourde.png avertissement : image de 100 × 100 px et 601 Ko : plus lourde que 500 Ko — compressez-la (PNG optimisé, JPEG ou WebP)",
    ]);
  });

  it("an image both too wide and too heavy is one warning that says both", () => {
    const model = budgetSite({ "/img/photo.jpg": { width: 4000, height: 3000, bytes: 2_000_000 } });
    assert.deepEqual(said(checkImages(model)), [
      "[image-budget] public/img/photo.jpg avertissement : image de 4000 × 3000 px et 1954 Ko : plus large que 1200 px et plus lourde que 500 Ko — réduisez-la à 1200 px de large et compressez-la (PNG optimisé, JPEG ou WebP)",
    ]);
  });

  it("an image shown on several pages or in a srcset is said once", () => {
    const model = siteModel({
      pages: [
        { url: "/", html: `<img src="/img/large.png" ${ALT} width="1600" height="20">` },
        { url: "/b/", html: `<img src="/img/carte.png" srcset="/img/large.png 2x" ${ALT} ${SIZE}>` },
      ],
      files: { "/img/large.png": { width: 1600, height: 20, bytes: 224 }, "/img/carte.png": {} },
    });
    assert.deepEqual(
      checkImages(model).map((finding) => finding.file),
      ["public/img/large.png"],
    );
  });

  it("takes the size written on the page for the file's own, and names an image of unknown size by its weight only", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: `<img src="/img/large.png" ${ALT} width="1600" height="20"><img src="/img/carte.png" srcset="/img/lourde.webp 2x" ${ALT} ${SIZE}>`,
        },
      ],
      files: {
        "/img/large.png": { width: 10, height: 10 },
        "/img/lourde.webp": { bytes: 600_000 },
        "/img/carte.png": {},
      },
    });
    assert.deepEqual(said(checkImages(model)), [
      "[image-budget] public/img/large.png avertissement : image de 1600 × 20 px et 1 Ko : plus large que 1200 px — réduisez-la à 1200 px de large",
      "[image-budget] public/img/lourde.webp avertissement : image de 586 Ko : plus lourde que 500 Ko — compressez-la (PNG optimisé, JPEG ou WebP)",
    ]);
  });

  it("leaves alone an image of exactly 1200 px, a wide drawing and a background only a stylesheet uses", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: [
            `<img src="/img/juste.png" ${ALT} width="1200" height="20">`,
            `<img src="/img/frise.svg" ${ALT} width="3000" height="20">`,
            '<div style="background: url(/img/fond.png)"></div>',
          ].join(""),
        },
      ],
      files: {
        "/img/juste.png": { width: 1200, height: 20 },
        "/img/frise.svg": { width: 3000, height: 20 },
        "/img/fond.png": { width: 3000, height: 20 },
      },
    });
    assert.deepEqual(checkImages(model), []);
  });
});

describe("images, end to end", () => {
  it("a missing image in Markdown, srcset candidate, drawing and stylesheet file are each named on their line", async () => {
    const page = "test/fixtures/defects/content/images/introuvables.md";
    const publicDir = "test/fixtures/defects/public";
    assert.deepEqual(
      [
        ...(await reportedUnder("defects", "content/images/introuvables.md")),
        ...(await reportedUnder("defects", "public/")),
      ],
      [
        `${page}:11 erreur : dessin "/artwork/inconnu.svg" introuvable — ajoutez le fichier ${publicDir}/artwork/inconnu.svg, ou corrigez l’adresse`,
        `${page}:5 erreur : image "/img/carte-region.png" introuvable — vouliez-vous dire "/img/carte-regions.png" ?`,
        `${page}:7 erreur : image "/img/logos/ign.svg" introuvable — ajoutez le fichier ${publicDir}/img/logos/ign.svg, ou corrigez l’adresse`,
        `${page}:9 erreur : image "/img/carte-regions-2x.png" introuvable — vouliez-vous dire "/img/carte-regions.png" ?`,
        `${publicDir}/css/style.css:4 erreur : fichier "../fonts/marianne-absente.woff2" introuvable (url() de la feuille de style) — ajoutez le fichier ${publicDir}/fonts/marianne-absente.woff2, ou corrigez l’adresse`,
      ],
    );
  });

  it("in a site built under /aide/, a drawing written in HTML from the site's root, which the build does not prefix, is named on its line", async () => {
    assert.deepEqual(
      (await reportedUnder("defects", "content/images/introuvables.md", { pathPrefix: "/aide/" })).filter((line) =>
        line.includes("hors du site"),
      ),
      [
        "test/fixtures/defects/content/images/introuvables.md:11 erreur : dessin \"/artwork/inconnu.svg#artwork-major\" hors du site, qui est publié sous /aide/ — la construction n’ajoute pas le préfixe à cette adresse : écrivez {{ '/artwork/inconnu.svg#artwork-major' | url }}",
      ],
    );
  });

  it("an HTML image without width and height gets the figures of its file; the same image in Markdown gets them from the build", async () => {
    assert.deepEqual(await reportedUnder("defects", "content/images/dimensions.md"), [
      'test/fixtures/defects/content/images/dimensions.md:5 erreur : image "/img/carte.png" sans largeur ni hauteur — ajoutez width="400" height="300" (ou écrivez l’image en Markdown : ses dimensions sont ajoutées à la construction)',
    ]);
  });

  it("images over budget are warnings with the figures read from their files, which do not stop the build; one of exactly 1200 px passes", async () => {
    const publicDir = "test/fixtures/warnings/public";
    const budget = (await reportedUnder("warnings", "public/img/")).filter((line) => line.includes(" : image de "));
    assert.deepEqual(budget, [
      `${publicDir}/img/large.png avertissement : image de 1600 × 20 px et 1 Ko : plus large que 1200 px — réduisez-la à 1200 px de large`,
      `${publicDir}/img/lourde.png avertissement : image de 100 × 100 px et 601 Ko : plus lourde que 500 Ko — compressez-la (PNG optimisé, JPEG ou WebP)`,
    ]);
  });
});
