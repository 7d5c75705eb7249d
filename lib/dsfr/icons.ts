/**
 * Picks from the DSFR icon stylesheet the rules of the `fr-icon-*` classes a site uses, so that
 * it publishes a few kilobytes of CSS and the SVG files they point to instead of 1,600 icons;
 * `iconsUrl` is where those files are published, relative to the subset stylesheet.
 */
export function iconSubset(iconsCss: string, classes: Iterable<string>, iconsUrl = "icons/"): IconSubset {
  const wanted = new Set(classes);
  const rules: string[] = [];
  const files = new Set<string>();
  for (const rule of iconsCss.replace(/\/\*[\s\S]*?\*\//g, "").split("}")) {
    const selectors = rule.slice(0, rule.indexOf("{"));
    const names = [...selectors.matchAll(/\.(fr-icon-[\w-]+)/g)].map((match) => match[1]!);
    if (names.length === 0 || !names.some((name) => wanted.has(name))) continue;
    rules.push(`${rule.replace(/url\(\.\.\/\.\.\/icons\//g, `url(${iconsUrl}`)}}`);
    for (const [, file] of rule.matchAll(/url\(\.\.\/\.\.\/(icons\/[^)]+)\)/g)) files.add(file!);
  }
  return { css: rules.join("\n"), files: [...files] };
}

/** The icons (`fr-icon-*`) among a page's classes. */
export function iconClasses(classes: readonly string[]): string[] {
  return classes.filter((name) => name.startsWith("fr-icon-"));
}

export interface IconSubset {
  css: string;
  /** SVG files, relative to the DSFR `dist/` folder. */
  files: string[];
}
