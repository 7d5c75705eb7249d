import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { templateChain } from "../../../lib/checks/model/template-chain.ts";

describe("the layouts and partials a page is rendered through", () => {
  const files: Record<string, string> = {
    "_includes/layouts/page.njk":
      '{% extends "layouts/base.njk" %}\n{% from "partials/artwork.njk" import artwork with context %}\n{%- include "partials/pager.njk" %}',
    "_includes/layouts/base.njk": '{%- include "partials/footer.njk" %}{% include "partials/pager.njk" %}',
    "_includes/partials/footer.njk": "<footer></footer>",
    "_includes/partials/pager.njk": "<nav></nav>",
    "_includes/partials/artwork.njk": "<svg></svg>",
    "_includes/layouts/other.njk": "<p></p>",
  };
  const read = (file: string) => files[file];

  it("start with its layout, then follow extends, imports and includes, each file once", () => {
    assert.deepEqual(templateChain("layouts/page.njk", read), [
      "_includes/layouts/page.njk",
      "_includes/layouts/base.njk",
      "_includes/partials/artwork.njk",
      "_includes/partials/pager.njk",
      "_includes/partials/footer.njk",
    ]);
  });

  it("are none for a page without layout, or a layout that does not exist", () => {
    assert.deepEqual(templateChain(false, read), []);
    assert.deepEqual(templateChain("layouts/absent.njk", read), []);
  });
});
