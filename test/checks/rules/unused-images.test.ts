import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkUnusedImages } from "../../../lib/checks/rules/unused-images.ts";
import { reportedUnder } from "../../support/fixture-report.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";

const UNUSED =
  "avertissement : image utilisée par aucune page — supprimez-la, ou citez-la dans la page qui devait la montrer";

describe("images of public/img/ that no page uses", () => {
  it("are warnings against their file in public/, in the order of their paths", () => {
    const model = siteModel({
      pages: [{ url: "/", html: '<img src="/img/utilisee.png" alt="Carte">' }],
      files: { "/img/utilisee.png": {}, "/img/z-oubliee.png": {}, "/img/guides/orpheline.png": {} },
    });
    assert.deepEqual(said(checkUnusedImages(model)), [
      `[image-unused] public/img/guides/orpheline.png ${UNUSED}`,
      `[image-unused] public/img/z-oubliee.png ${UNUSED}`,
    ]);
  });

  it("leave alone an image offered only as a <picture>'s source, and the variants the build publishes, used or left by an earlier run", () => {
    const model = siteModel({
      pages: [
        {
          url: "/",
          html: '<picture><source type="image/webp" srcset="/img/carte.webp"><source type="image/avif" srcset="/img/carte-375w.0123abcd.avif 375w"><img src="/img/carte.png" alt="Carte"></picture>',
        },
      ],
      files: {
        "/img/carte.png": {},
        "/img/carte.webp": {},
        "/img/carte-375w.0123abcd.avif": {},
        "/img/ancienne-750w.89abcdef.webp": {},
      },
    });
    assert.deepEqual(checkUnusedImages(model), []);
  });

  it("leave alone images shown in a srcset, linked to, drawn by a stylesheet, and files outside img/", () => {
    const model = siteModel({
      pages: [
        {
          url: "/guide/",
          html: '<img src="../img/a.png" srcset="/img/a-2x.png 2x" alt="A"><a href="/img/plan.png">plan</a>',
        },
      ],
      stylesheets: [{ outputPath: "/css/site.css", css: ".fond { background: url(../img/fond.png) }" }],
      files: {
        "/img/a.png": {},
        "/img/a-2x.png": {},
        "/img/plan.png": {},
        "/img/fond.png": {},
        "/artwork/carte.svg": {},
      },
    });
    assert.deepEqual(checkUnusedImages(model), []);
  });
});

describe("images that no page uses, end to end", () => {
  it("are a warning by their file in public/, which does not stop the build; an image shown only as a page's front-matter image is used", async () => {
    assert.deepEqual(await reportedUnder("warnings", "public/img/guides/"), [
      `test/fixtures/warnings/public/img/guides/orpheline.png ${UNUSED}`,
    ]);
    assert.deepEqual(await reportedUnder("warnings", "public/img/vignette.png"), []);
  });
});
