import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changedPagesOnly } from "../../lib/eleventy/changed-pages.ts";
import { BuildContext } from "../../lib/pipeline/build-context.ts";

const shown = (page: { url: string; text: string }) => page.text;
const run = async (build: BuildContext, runMode: "build" | "serve", write = true) => {
  build.beginRun({ runMode });
  return async () => {
    if (write) await build.endRun({ runMode, results: [] });
  };
};

describe("pages generated from a collection", () => {
  const pages = [
    { url: "/fr/etiquettes/api/", text: "API : 2 pages" },
    { url: "/fr/etiquettes/styles/", text: "Styles : 1 page" },
  ];

  it("are all rendered by a build, every time", async () => {
    const build = new BuildContext();
    const changed = changedPagesOnly(build);
    for (let time = 0; time < 2; time++) {
      const end = await run(build, "build");
      assert.deepEqual(changed(pages, shown), pages);
      await end();
    }
  });

  it("are rendered again by the dev server only when what they show changed since they were written", async () => {
    const build = new BuildContext();
    const changed = changedPagesOnly(build);
    let end = await run(build, "serve");
    assert.deepEqual(changed(pages, shown), pages);
    await end();

    end = await run(build, "serve");
    assert.deepEqual(changed(pages, shown), []);
    await end();

    end = await run(build, "serve");
    const edited = [pages[0]!, { url: "/fr/etiquettes/styles/", text: "Styles : 2 pages" }];
    assert.deepEqual(changed(edited, shown), [edited[1]]);
    await end();
  });

  it("are rendered again after a dev server run that failed before writing them", async () => {
    const build = new BuildContext();
    const changed = changedPagesOnly(build);
    const failed = await run(build, "serve", false);
    assert.deepEqual(changed(pages, shown), pages);
    await failed();

    const end = await run(build, "serve");
    assert.deepEqual(changed(pages, shown), pages);
    await end();
  });
});
