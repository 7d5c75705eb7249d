import { readFileSync } from "node:fs";
import path from "node:path";
import { type BuiltSite, buildFixture } from "./build-fixture.ts";
import { layoutTargets } from "./layout-targets.ts";

export const WRITTEN_AS_IS = "test/fixtures/written-as-is/content";
/** The fixture's page, whose file name has spaces and accents, at its encoded URL. */
export const ODD_PAGE = "/fr/Mon%20dossier/%C3%89l%C3%A8ve%20%C3%A0%20l%E2%80%99%C3%A9cole/";

/** The fixture `written-as-is`, built with the site's own tag pages and site map. */
export function buildWrittenAsIs(): Promise<BuiltSite> {
  return buildFixture("written-as-is", {
    configure(eleventyConfig) {
      layoutTargets(WRITTEN_AS_IS)(eleventyConfig);
      for (const file of ["fr/etiquettes/etiquette.njk", "fr/etiquettes/index.njk", "sitemap.xml.njk"])
        eleventyConfig.addTemplate(file, readFileSync(path.join("content", file), "utf8"));
    },
  });
}
