import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BuildOptions, type BuildResult, buildSite } from "../../lib/pipeline/build-site.ts";
import { layoutTargets } from "./layout-targets.ts";

/**
 * Builds a site with the real configuration into a fresh temporary folder: a fixture
 * (`test/fixtures/<name>/content`, with stand-ins for the pages its layouts link to) or, with
 * `fixture: null`, the real `content/`.
 */
export async function buildFixture(
  fixture: string | null,
  { layoutTargets: standIns = true, ...options }: FixtureOptions = {},
): Promise<BuiltSite> {
  const input = fixture === null ? "content" : path.join("test/fixtures", fixture, "content");
  const output = path.join(mkdtempSync(path.join(tmpdir(), "aide-test-")), "_site");
  const configure = fixture !== null && standIns ? layoutTargets(input) : undefined;
  return builtSite(await buildSite({ skipSearch: true, skipCompression: true, configure, ...options, input, output }));
}

/** A build's result, with the pages it wrote at hand. */
export function builtSite(result: BuildResult): BuiltSite {
  return {
    ...result,
    html: (url: string) =>
      readFileSync(
        path.join(result.outputDir, url.replace(/^\/aide\//, "/"), url.endsWith("/") ? "index.html" : ""),
        "utf8",
      ),
  };
}

export interface FixtureOptions extends BuildOptions {
  /** Stand-ins for the pages the layouts link to (true by default; false to test those very links). */
  layoutTargets?: boolean;
}

export interface BuiltSite extends BuildResult {
  /** The HTML written for a URL (`/fr/…/`), read from the output folder. */
  html(url: string): string;
}
