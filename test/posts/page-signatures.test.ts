import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { feedSignature, listingSignature } from "../../lib/posts/page-signatures.ts";
import { post, sampleIndex } from "../support/sample-posts.ts";

describe("what a generated page shows, for the dev server to write it again only when it changes", () => {
  it("is the same for the same posts, and changes with a card: a title, a tag, a draft published", () => {
    const before = listingSignature(sampleIndex().sections[0]!.pages[0]!);
    assert.equal(listingSignature(sampleIndex().sections[0]!.pages[0]!), before);
    const retitled = sampleIndex([post("nouvelle", "2026-06-20", [], "", { title: "Autre" })]);
    assert.notEqual(listingSignature(retitled.sections[0]!.pages[0]!), before);
  });

  it("follows, for a feed, when its posts' sources last changed: their text is in it", () => {
    const index = sampleIndex();
    const at = (time: number) => feedSignature(index.sections[0], index, () => time);
    assert.equal(at(1), at(1));
    assert.notEqual(at(1), at(2));
  });
});
