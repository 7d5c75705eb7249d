import path from "node:path";

/**
 * Where a site's parts are, from its content folder: the project's own layouts, components and
 * data serve every site (the real one, test fixtures, the benchmark's), and each site has its
 * `public/` folder beside its `content/`.
 */
export function siteDirectories(given: string): SiteDirectories {
  // Eleventy reports the project root when no input was given: the site's content is then `content/`.
  const input = path.resolve(given) === process.cwd() ? "content" : given;
  return {
    includes: path.relative(input, "_includes"),
    data: path.relative(input, "_data"),
    public: path.join(input, "..", "public"),
  };
}

export interface SiteDirectories {
  /** Layouts and page parts, relative to the content folder. */
  includes: string;
  /** Global data, relative to the content folder. */
  data: string;
  /** Files published as they are (images, CSS…), relative to the working directory. */
  public: string;
}
