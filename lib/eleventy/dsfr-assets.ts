import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { iconClasses, iconSubset } from "../dsfr/icons.ts";
import { DSFR_DIST as DIST, DSFR_VERSION, dsfrUrl } from "../dsfr/paths.ts";
import { SITE_STYLESHEET, siteStyles } from "../dsfr/site-stylesheet.ts";
import { classesIn, componentStylesheet, dsfrComponents, dsfrStylesheet } from "../dsfr/stylesheet.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { publishFiles } from "../pipeline/publish-files.ts";
import { directoriesOf } from "./eleventy-shapes.ts";

const ENTRY_FILES = [
  "dsfr.module.min.js",
  "dsfr.nomodule.min.js",
  "favicon/favicon.svg",
  "favicon/favicon.ico",
  "favicon/apple-touch-icon.png",
  "favicon/manifest.webmanifest",
  "favicon/android-chrome-192x192.png",
  "favicon/android-chrome-512x512.png",
];
/** The site's stylesheet of the DSFR, linked by the base layout; its content follows the templates, so its URL is revalidated. */
const DSFR_SITE_STYLESHEET = "dsfr-site.min.css";

/**
 * Publishes only what the site uses of the DSFR, and loads on each page only what it uses.
 * `/dsfr/dsfr-site.min.css`: the core and the components of the layouts (`_includes/`), with the
 * utility icons the pages use, then the site's own styles (`public/css/site.css`): the one
 * stylesheet most pages wait for. A component that only some pages use (a tile, a table…) is linked
 * by those pages alone, as the DSFR's own stylesheet of that component, and the site's styles again
 * after it, so that they still come last in the cascade. Under `/dsfr/<version>/`, files that
 * change only with the DSFR: scripts, favicons, component stylesheets, fonts, icons.
 * The `dsfrUrl` filter gives a file's URL: `{{ "dsfr.module.min.js" | dsfrUrl }}`.
 */
export default function dsfrAssetsPlugin(
  eleventyConfig: UserConfig,
  { build, publicDir }: { build: BuildContext; publicDir: string },
): void {
  const copies: Record<string, string> = {};
  for (const file of ENTRY_FILES) copies[`${DIST}/${file}`] = dsfrUrl(file);
  eleventyConfig.addPassthroughCopy(copies);
  eleventyConfig.addFilter("dsfrUrl", dsfrUrl);

  let layoutComponents: string[] = [];
  // Kept across the rebuilds of the dev server, which only reports the pages it rewrote.
  const usedIcons = new Set<string>();
  const pageFiles = new Set<string>();
  // Read once per build, not once per page that uses the component.
  const componentSheets = new Map<string, { sheet: string; files: string[] }>();
  const componentSheet = (name: string) =>
    componentSheets.get(name) ?? componentSheets.set(name, componentStylesheet(name)).get(name)!;
  eleventyConfig.on("eleventy.before", () => {
    const classes = templateClasses("_includes");
    layoutComponents = dsfrComponents(classes);
    for (const name of iconClasses(classes)) usedIcons.add(name);
  });

  // `{{ content | dsfrComponentLinks | safe }}` in the base layout's head, after the site's DSFR
  // stylesheet: the stylesheets of the components the page's own content uses, those of the
  // layouts being in the site's, then the site's own styles again. Only the content is read: the
  // layouts' classes are known already.
  eleventyConfig.addFilter("dsfrComponentLinks", (content: unknown) => {
    const classes = classesIn(String(content ?? ""));
    for (const name of iconClasses(classes)) usedIcons.add(name);
    const links = dsfrComponents(classes)
      .filter((name) => !layoutComponents.includes(name))
      .map((name) => {
        const { sheet, files } = componentSheet(name);
        for (const file of files) pageFiles.add(file);
        return `\n  <link rel="stylesheet" href="${dsfrUrl(sheet)}">`;
      });
    if (links.length > 0) links.push(`\n  <link rel="stylesheet" href="/${SITE_STYLESHEET}">`);
    return links.join("");
  });

  // An icon a layout takes from a page's data (`tileTag.icon`) is published like those written in templates.
  eleventyConfig.addFilter("dsfrIcon", (name: unknown) => {
    const names = String(name ?? "").split(/\s+/);
    for (const icon of iconClasses(names)) usedIcons.add(icon);
    return names.join(" ");
  });

  build.onWrite(() => {
    const stylesheet = dsfrStylesheet(layoutComponents, `${DSFR_VERSION}/`);
    const icons = iconSubset(
      readFileSync(`${DIST}/utility/icons/icons.main.min.css`, "utf8"),
      usedIcons,
      `${DSFR_VERSION}/icons/`,
    );
    const out = path.join(directoriesOf(eleventyConfig).output, "dsfr");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, DSFR_SITE_STYLESHEET), `${stylesheet.css}\n${icons.css}\n${siteStyles(publicDir)}`);
    const files = new Set([...stylesheet.files, ...icons.files, ...pageFiles]);
    publishFiles([
      ...[...files].map((file): [string, string] => [path.join(DIST, file), path.join(out, DSFR_VERSION, file)]),
      // Browsers ask for /favicon.ico on their own (the home's redirect page, a file opened alone).
      [path.join(DIST, "favicon/favicon.ico"), path.join(directoriesOf(eleventyConfig).output, "favicon.ico")],
    ]);
  });
}

/**
 * The DSFR classes written in the templates of a folder (`fr-header__brand`…), and in the
 * component templates they include themselves (the tiles of a page's children).
 */
function templateClasses(dir: string): string[] {
  const templates = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".njk"))
    .map((file) => readFileSync(path.join(dir, file), "utf8"));
  const included = new Set(
    templates.flatMap((text) =>
      [...text.matchAll(/\{%-?\s*include\s+"(components\/[^"]+\.njk)"/g)].map((match) => match[1]!),
    ),
  );
  return [...templates, ...[...included].map((file) => readFileSync(file, "utf8"))].flatMap(
    (text) => text.match(/\bfr-[a-z0-9_-]+/g) ?? [],
  );
}
