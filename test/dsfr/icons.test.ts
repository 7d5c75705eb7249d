import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { iconClasses, iconSubset } from "../../lib/dsfr/icons.ts";

const css =
  "/*! DSFR */.fr-icon-edit-line:after,.fr-icon-edit-line:before{mask-image:url(../../icons/design/edit-line.svg)}.fr-icon-mail-line:after{mask-image:url(../../icons/business/mail-line.svg)}";

describe("DSFR icons subset", () => {
  it("keeps only the rules of the icons a page uses, pointing at files beside it", () => {
    const subset = iconSubset(css, ["fr-icon-edit-line"]);
    assert.equal(
      subset.css,
      ".fr-icon-edit-line:after,.fr-icon-edit-line:before{mask-image:url(icons/design/edit-line.svg)}",
    );
    assert.deepEqual(subset.files, ["icons/design/edit-line.svg"]);
  });

  it("finds the icons among the classes of a page", () => {
    assert.deepEqual(iconClasses(["fr-link", "fr-icon-edit-line", "fr-link--icon-left"]), ["fr-icon-edit-line"]);
  });
});
