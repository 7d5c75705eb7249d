import type { LoadHook } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/**
 * Node's module hooks (https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks),
 * registered by `commonjs-data.ts`: a folder data file written in CommonJS (`*.11tydata.js` with
 * `module.exports`, as eleventy-dsfr sites write them) is read as the ES module it would be,
 * since this project's package.json makes every `.js` file an ES module.
 */
export const load: LoadHook = async (url, context, nextLoad) => {
  if (!isFolderDataFile(url)) return nextLoad(url, context);
  const loaded = await nextLoad(url, { ...context, format: "module" });
  const source = String(loaded.source ?? "");
  if (!isCommonJs(source)) return loaded;
  const mistake = syntaxMistake(source, url);
  if (mistake) throw new SyntaxError(mistake);
  return { format: "module", source: commonJsAsModule(source, url), shortCircuit: true };
};

/**
 * A syntax error of a CommonJS file, said with the file and the line the editor sees (Node would
 * report it in the module it becomes, without them).
 */
export function syntaxMistake(source: string, url: string): string | undefined {
  const file = fileURLToPath(new URL(url.split("?")[0]!));
  try {
    new vm.Script(`(function (module, exports, require, __filename, __dirname) {\n${source}\n})`, { filename: file });
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return undefined;
    const line = Number(new RegExp(`${escapeRegExp(file)}:(\\d+)`).exec(String(error.stack))?.[1] ?? 2);
    return `JavaScript illisible dans ${path.relative(process.cwd(), file)}:${Math.max(line - 1, 1)} (${error.message})`;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `content/fr/fr.11tydata.js`, whatever query string Eleventy adds to read it again. */
export function isFolderDataFile(url: string): boolean {
  return url.startsWith("file:") && new URL(url).pathname.endsWith(".11tydata.js");
}

/** CommonJS: it assigns `module.exports` (or `exports.x`) and has no `import` or `export` statement. */
export function isCommonJs(source: string): boolean {
  return /\b(module\.exports|exports\.[\w$]+)\s*=/.test(source) && !/^\s*(import|export)\s[^(]/m.test(source);
}

/**
 * The CommonJS source as an ES module whose default export is `module.exports`: `require`,
 * `__filename` and `__dirname` are those of the file itself. The source keeps its lines, so that
 * an error in it is reported at the line the editor sees.
 */
export function commonJsAsModule(source: string, url: string): string {
  const file = new URL(url);
  file.search = "";
  const filename = decodeURIComponent(file.pathname);
  const header = [
    'import { createRequire as __createRequire } from "node:module";',
    `const require = __createRequire(${JSON.stringify(file.href)});`,
    "const module = { exports: {} };",
    "let exports = module.exports;",
    `const __filename = ${JSON.stringify(filename)};`,
    `const __dirname = ${JSON.stringify(filename.replace(/\/[^/]*$/, ""))};`,
  ].join(" ");
  return `${header}\n${source}\nexport default module.exports;\n`;
}
