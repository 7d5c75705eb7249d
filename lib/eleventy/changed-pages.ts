import type { BuildContext } from "../pipeline/build-context.ts";

/**
 * The dev server renders again every page paginated over a collection, at every save, though
 * most show what they showed before: with hundreds of pages, the tag pages, listing pages and
 * feeds are most of a rebuild. A plugin that generates such pages passes its collection through
 * the function this returns: a build gets every item; a dev server run only those whose
 * `signature` (a string that changes when what the page shows does) differs from the one it had
 * when last written. A page left out keeps its file from the run that wrote it.
 */
export function changedPagesOnly(build: BuildContext) {
  // Signatures of this run's pages, kept once they are written (a run that fails writes nothing).
  const pending = new Map<string, string>();
  build.onWrite(() => {
    for (const [url, shown] of pending) build.generatedPagesWritten.set(url, shown);
    pending.clear();
  });
  return <T extends { url: string }>(items: T[], signature: (item: T) => string): T[] => {
    if (build.runMode === "build") return items;
    return items.filter((item) => {
      const shown = signature(item);
      if (build.generatedPagesWritten.get(item.url) === shown) return false;
      pending.set(item.url, shown);
      return true;
    });
  };
}
