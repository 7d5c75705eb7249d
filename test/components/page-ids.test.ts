import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageIds } from "../../lib/components/page-ids.ts";

describe("page ids", () => {
  it("count from 1 for each prefix and each page", () => {
    const ids = new PageIds();
    assert.deepEqual(
      [ids.next("/a/", "alert"), ids.next("/a/", "alert"), ids.next("/a/", "tile"), ids.next("/b/", "alert")],
      ["alert-1", "alert-2", "tile-1", "alert-1"],
    );
  });

  it("skip an id an editor already chose", () => {
    const ids = new PageIds();
    assert.equal(ids.claim("/a/", "alert-1"), true);
    assert.equal(ids.next("/a/", "alert"), "alert-2");
  });

  it("refuse an id already used in the page, and start afresh after clear", () => {
    const ids = new PageIds();
    ids.next("/a/", "alert");
    assert.equal(ids.claim("/a/", "alert-1"), false);
    ids.clear();
    assert.equal(ids.claim("/a/", "alert-1"), true);
  });
});
