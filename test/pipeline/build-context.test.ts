import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BuildContext } from "../../lib/pipeline/build-context.ts";
import type { PostIndex } from "../../lib/posts/post-sections.ts";

describe("what a run collects", () => {
  it("is emptied when the next run begins", () => {
    const build = new BuildContext();
    build.writtenPages.set("/fr/index.html", "<h1>Accueil</h1>");
    build.pictograms.set("map", "/artwork/pictograms/map/map.svg");
    build.beginRun({ runMode: "serve" });
    assert.equal(build.writtenPages.size, 0);
    assert.equal(build.pictograms.size, 0);
  });

  it("lets go of the posts once the pages are written, before the steps that read the site", async () => {
    const build = new BuildContext();
    build.beginRun({ runMode: "build" });
    build.postIndex = { sections: [], posts: [] } as unknown as PostIndex;
    let seenByWriter: unknown;
    let seenByReader: unknown = "not called";
    build.onWrite(() => {
      seenByWriter = build.postIndex;
    });
    build.onWritten(() => {
      seenByReader = build.postIndex;
    });
    await build.endRun({ runMode: "build", results: [] });
    assert.ok(seenByWriter);
    assert.equal(seenByReader, undefined);
  });
});
