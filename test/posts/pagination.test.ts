import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type PaginationItem, paginationItems } from "../../lib/posts/pagination.ts";

/** 1 2 [3] 4 … 9: the items as a reader sees them. */
function shown(items: PaginationItem[]): string {
  return items
    .map((item) => ("ellipsis" in item ? "…" : item.current ? `[${item.number}]` : String(item.number)))
    .join(" ");
}

describe("the page numbers of a listing's pagination", () => {
  it("show every page of a short listing", () => {
    assert.equal(shown(paginationItems(1, 1)), "[1]");
    assert.equal(shown(paginationItems(2, 3)), "1 [2] 3");
  });

  it("show the first and last pages and the neighbours of the current one, with an ellipsis for each longer gap", () => {
    assert.equal(shown(paginationItems(1, 9)), "[1] 2 … 9");
    assert.equal(shown(paginationItems(5, 9)), "1 … 4 [5] 6 … 9");
    assert.equal(shown(paginationItems(9, 9)), "1 … 8 [9]");
  });

  it("show the page itself rather than an ellipsis that would hide a single page", () => {
    assert.equal(shown(paginationItems(4, 9)), "1 2 3 [4] 5 … 9");
  });
});
