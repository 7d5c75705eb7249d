import { existsSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * The pages and files the site's layouts link to from every page (home, footer, search form,
 * stylesheet). A fixture lacks them: it gets stand-ins, so that the checks report only what the
 * fixture is about; the site map's stand-in links to every page, as the real one does to the
 * guides, so that no page of a fixture is unreachable. A fixture that has one of them keeps its own.
 */
export function layoutTargets(input: string): (eleventyConfig: UserConfig) => void {
  return (eleventyConfig) => {
    for (const url of PAGES) {
      const folder = path.join(input, url);
      if (
        [".md", ".njk"].some(
          (extension) =>
            existsSync(`${folder.replace(/\/$/, "")}${extension}`) ||
            existsSync(path.join(folder, `index${extension}`)),
        )
      )
        continue;
      eleventyConfig.addTemplate(
        `layout-targets${url}index.njk`,
        url === "/fr/plan-du-site/" ? SITE_MAP : "<p>Page de remplacement.</p>",
        { ...STAND_IN, permalink: `${url}index.html` },
      );
    }
    for (const file of FILES) {
      if (!existsSync(path.join(input, "..", "public", file)))
        eleventyConfig.addTemplate(`layout-targets/${file}.njk`, "", { ...STAND_IN, permalink: `/${file}` });
    }
  };
}

const PAGES = [
  "/fr/",
  "/fr/plan-du-site/",
  "/fr/accessibilite/",
  "/fr/mentions-legales/",
  "/fr/donnees-personnelles/",
  "/fr/recherche/",
];
const FILES = ["css/site.css", "js/copy-code.js"];
const SITE_MAP =
  '<ul>{% for item in collections.all %}<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>{% endfor %}</ul>';
const STAND_IN = { title: "Page de remplacement", layout: false, eleventyExcludeFromCollections: true };
