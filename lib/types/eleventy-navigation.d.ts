// The plugin ships no types; we only register it.
declare module "@11ty/eleventy-navigation" {
  const plugin: (eleventyConfig: unknown) => void;
  export default plugin;
}
