import { register } from "node:module";

/**
 * Folder data files written in CommonJS (`module.exports = { … }` in `*.11tydata.js`, as sites
 * made from eleventy-dsfr have them) load as they are: without this, Node reads them as ES
 * modules, since this project's package.json says `"type": "module"`, and stops on `module`.
 */
export default function commonJsDataPlugin(): void {
  // Hooks are the process's: registered once, however many times Eleventy reads its configuration.
  if (registered) return;
  register("./commonjs-data-hooks.ts", import.meta.url);
  registered = true;
}

let registered = false;
