import vm from "node:vm";

/**
 * A directory data file written in CommonJS (`module.exports = { … }`), as eleventy-dsfr sites
 * write them, converted to what this project's ES-module setup loads: plain data becomes
 * `.11tydata.json`; data with functions (a computed `permalink`…) keeps its code under `.cjs`,
 * which Node always reads as CommonJS. Either way Eleventy gets the same data, so every URL stays.
 */
export function convertDataFile(file: string, code: string): DataFileConversion {
  const base = file.replace(/\.js$/, "");
  let exported: unknown;
  try {
    exported = evaluateCommonJs(code, file);
  } catch (cause) {
    return {
      target: `${base}.cjs`,
      content: code,
      kind: "cjs",
      reason: `lu tel quel (.cjs) : son code ne s’exécute pas seul (${(cause as Error).message})`,
    };
  }
  const functions = functionPaths(exported);
  if (typeof exported === "function" || functions.length > 0) {
    const what =
      typeof exported === "function" ? "une fonction qui rend les données" : `du code (${functions.join(", ")})`;
    return {
      target: `${base}.cjs`,
      content: code,
      kind: "cjs",
      reason: `contient ${what} : gardé en CommonJS, sous l’extension .cjs`,
    };
  }
  return {
    target: `${base}.json`,
    content: `${JSON.stringify(exported, null, 2)}\n`,
    kind: "json",
    reason: "données seules : écrites en JSON",
  };
}

/** Whether a `.js` data file is CommonJS (which fails in this project, whose package is an ES module). */
export function isCommonJs(code: string): boolean {
  return /\bmodule\.exports\b|\bexports\.\w+\s*=/.test(code) && !/^\s*export\s/m.test(code);
}

/** Runs the module in a sandbox with `module`, `exports` and a `require` of Node's own modules only. */
function evaluateCommonJs(code: string, file: string): unknown {
  const module = { exports: {} as unknown };
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      throw new Error(`require("${name}")`);
    },
    process: { env: {} },
  };
  vm.runInNewContext(code, sandbox, { filename: file, timeout: 1000 });
  return module.exports;
}

/** Dotted paths of the functions in a data object (`permalink`, `eleventyComputed.title`). */
function functionPaths(value: unknown, prefix = ""): string[] {
  if (typeof value === "function") return [prefix];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => functionPaths(inner, prefix ? `${prefix}.${key}` : key));
}

export interface DataFileConversion {
  /** Path of the converted file, beside the original. */
  target: string;
  content: string;
  kind: "json" | "cjs";
  /** Why, in French, for the report. */
  reason: string;
}
