import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultUrl } from "../../lib/migrate/source-url.ts";

describe("the URL Eleventy gives a page by default", () => {
  it("is its path, its index, or its folder when it is named like the folder", () => {
    assert.equal(defaultUrl("fr/guide/page"), "/fr/guide/page/");
    assert.equal(defaultUrl("fr/guide/index"), "/fr/guide/");
    assert.equal(defaultUrl("plan-du-site/plan-du-site"), "/plan-du-site/");
    assert.equal(defaultUrl("index"), "/");
  });
});
