import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isHtmlSpace } from "../shared/html-whitespace.ts";
import { DSFR_DIST } from "./paths.ts";

/**
 * The DSFR components that pages using these classes need, with the components they depend on,
 * in the DSFR's cascade order. A class belongs to the core, or else to the first component that
 * styles it.
 */
export function dsfrComponents(classes: Iterable<string>, dist = DSFR_DIST): string[] {
  const catalogue = componentCatalogue(dist);
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name) || !catalogue.has(name)) return;
    wanted.add(name);
    for (const dependency of catalogue.get(name)!.dependencies) add(dependency);
  };
  const owners = classOwners(dist);
  for (const className of classes) {
    const owner = owners.get(className);
    if (owner) add(owner);
  }
  return [...catalogue.keys()].filter((name) => wanted.has(name));
}

/**
 * One stylesheet of the core, the colour schemes and these components, then their print rules —
 * what the DSFR documents for loading components one by one
 * (https://www.systeme-de-design.gouv.fr/version-courante/fr/premiers-pas/developpeurs).
 * Left out: the rules for Internet Explorer (`legacy`), and the italic faces of Marianne (60 KB
 * each; browsers slant the upright face instead). `filesUrl` is where the fonts and icons it
 * points to are published, relative to the stylesheet.
 */
export function dsfrStylesheet(components: string[], filesUrl = "", dist = DSFR_DIST): DsfrStylesheet {
  const catalogue = componentCatalogue(dist);
  const sheets = [
    "core/core.main.min.css",
    "scheme/scheme.min.css",
    ...components.map((name) => catalogue.get(name)!.main),
    "core/core.print.min.css",
    ...components
      .map((name) => `component/${name}/${name}.print.min.css`)
      .filter((file) => existsSync(path.join(dist, file))),
  ];
  const files = new Set<string>();
  const css = sheets
    .map((sheet) =>
      relocateUrls(readFileSync(path.join(dist, sheet), "utf8"), path.posix.dirname(sheet), filesUrl, files),
    )
    .join("\n")
    .replace(/@font-face\{[^}]*font-style:italic[^}]*\}/g, "");
  return { css, files: [...files].filter((file) => !/_Italic\./.test(file)) };
}

/** A component's own stylesheet, relative to `dist/`, and the files it points to, for a page that loads it alone. */
export function componentStylesheet(name: string, dist = DSFR_DIST): { sheet: string; files: string[] } {
  const sheet = componentCatalogue(dist).get(name)!.main;
  const files = new Set<string>([sheet]);
  relocateUrls(readFileSync(path.join(dist, sheet), "utf8"), path.posix.dirname(sheet), "", files);
  return { sheet, files: [...files] };
}

/**
 * The class names of an HTML page's `class` attributes, each once, in the order met. Read for
 * every page of every build: one pass with indexOf, rather than arrays for each attribute.
 */
export function classesIn(html: string): string[] {
  const classes = new Set<string>();
  for (let at = html.indexOf('class="'); at >= 0; at = html.indexOf('class="', at)) {
    const start = at + 7;
    const end = html.indexOf('"', start);
    if (end < 0) break;
    at = end;
    // `class=` as an attribute, not the end of `data-class=` or text of the page.
    if (!isHtmlSpace(html.charCodeAt(start - 8))) continue;
    for (const name of html.slice(start, end).split(SPACES)) if (name) classes.add(name);
  }
  return [...classes];
}

const SPACES = /\s+/;

/** The DSFR's components in its own cascade order, each with the classes it owns and its dependencies. */
function componentCatalogue(dist: string): Map<string, Component> {
  const cached = catalogues.get(dist);
  if (cached) return cached;
  const order = [
    ...readFileSync(path.join(dist, "../src/dsfr/component/main.scss"), "utf8").matchAll(/@import '([\w-]+)\/main';/g),
  ].map((match) => match[1]!);
  // A class belongs to the core, or else to the first component that styles it (`.fr-grid-row` is the
  // core's even though tiles style it too; `.fr-fieldset` is the form's, before the checkbox's).
  const owned = new Set(leadingClasses(readFileSync(path.join(dist, "core/core.main.min.css"), "utf8")));
  const catalogue = new Map<string, Component>();
  for (const name of order) {
    const main = [`component/${name}/${name}.main.min.css`, `component/${name}/${name}.min.css`].find((file) =>
      existsSync(path.join(dist, file)),
    );
    if (!main) continue;
    const classes = leadingClasses(readFileSync(path.join(dist, main), "utf8")).filter(
      (className) => !owned.has(className),
    );
    for (const className of classes) owned.add(className);
    catalogue.set(name, {
      main,
      classes,
      dependencies: dependenciesOf(path.join(dist, "component", name, "README.md")),
    });
  }
  catalogues.set(dist, catalogue);
  return catalogue;
}

const catalogues = new Map<string, Map<string, Component>>();

/** The component that owns each class, looked up for every class of every page. */
function classOwners(dist: string): Map<string, string> {
  const cached = owners.get(dist);
  if (cached) return cached;
  const byClass = new Map<string, string>();
  for (const [name, component] of componentCatalogue(dist))
    for (const className of component.classes) byClass.set(className, name);
  owners.set(dist, byClass);
  return byClass;
}

const owners = new Map<string, Map<string, string>>();

/** Classes that start a selector of the stylesheet (`.fr-sidemenu__btn`…): those the component owns. */
function leadingClasses(css: string): string[] {
  const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/(?:^|[{}])([^{}@]+)\{/g)].flatMap((match) =>
    match[1]!.split(","),
  );
  return [
    ...new Set(
      selectors
        .map((selector) => /^\s*\.(fr-[\w-]+)/.exec(selector)?.[1])
        .filter((name): name is string => Boolean(name)),
    ),
  ];
}

/** The « Dépendances » tree of a component's README (`└─ core`, `└─ link`…). */
function dependenciesOf(readme: string): string[] {
  if (!existsSync(readme)) return [];
  const section = /## Dépendances\s*```shell([\s\S]*?)```/.exec(readFileSync(readme, "utf8"))?.[1] ?? "";
  return [...section.matchAll(/└─ ([\w-]+)/g)].map((match) => match[1]!);
}

/** Rewrites `url(../fonts/x.woff2)` of a sheet in `dir` to `filesUrl` + its path in `dist/`, and lists those files. */
function relocateUrls(css: string, dir: string, filesUrl: string, files: Set<string>): string {
  return css.replace(/url\((["']?)([^"')]+)\1\)/g, (whole, quote: string, url: string) => {
    if (/^(data:|#)/.test(url)) return whole;
    const file = path.posix.normalize(path.posix.join(dir, url));
    files.add(file);
    return `url(${quote}${filesUrl}${file}${quote})`;
  });
}

interface Component {
  /** Its stylesheet, relative to `dist/`. */
  main: string;
  classes: string[];
  dependencies: string[];
}

export interface DsfrStylesheet {
  css: string;
  /** Fonts and icons the stylesheet points to, relative to `dist/`. */
  files: string[];
}
