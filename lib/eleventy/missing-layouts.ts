import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import yaml from "js-yaml";
import { PAGE_STYLES } from "../layouts/page-styles.ts";
import { closestPath } from "../shared/closest.ts";
import { frontMatterOf } from "../shared/front-matter-block.ts";

/**
 * Layouts that pages and folder data files name but that do not exist: neither a file of
 * `_includes/layouts/` nor one of the layout names of eleventy-dsfr sites, which our page layout
 * draws in their style (lib/layouts/page-styles.ts). Eleventy stops at the first one, before any
 * page is written; so each missing name is given the page layout as an alias, and the pages that
 * use it are reported and left out by the page-errors plugin.
 */
export function aliasMissingLayouts(eleventyConfig: UserConfig, input: string, includes: string): MissingLayouts {
  const writers = layoutWriters(input);
  const missing = new Set<string>();
  for (const name of writers.keys()) {
    if (PAGE_STYLES.has(name) || existsSync(path.join(includes, name))) continue;
    missing.add(name);
    eleventyConfig.addLayoutAlias(name, FALLBACK_LAYOUT);
  }
  return {
    isMissing: (name) => missing.has(name),
    writers: (name) => writers.get(name) ?? [],
    problem(name) {
      const known = [...listLayouts(includes), ...PAGE_STYLES.keys()].sort();
      const suggestion = closestPath(name, known);
      return {
        message: `gabarit (layout) « ${name} » introuvable`,
        fix: `${suggestion ? `vouliez-vous dire « ${suggestion} » ? ` : ""}gabarits disponibles : ${known.join(", ")}`,
      };
    },
  };
}

export interface MissingLayouts {
  /** The layout does not exist and nothing aliases it. */
  isMissing(name: string): boolean;
  /** The files that name it: pages (front matter) and folder data files, with the line. */
  writers(name: string): { file: string; line: number }[];
  problem(name: string): { message: string; fix: string };
}

/** What a missing layout is replaced with, so that Eleventy goes on building the other pages. */
const FALLBACK_LAYOUT = "layouts/page.njk";

/** Every layout name written in the content, with where: page front matter and folder data files (JSON, or `layout: "…"` in JavaScript). */
function layoutWriters(input: string): Map<string, { file: string; line: number }[]> {
  const writers = new Map<string, { file: string; line: number }[]>();
  const add = (name: unknown, file: string, text: string) => {
    if (typeof name !== "string" || !name) return;
    const index = text.search(
      new RegExp(`["']?layout["']?\\s*:\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    const line = index < 0 ? 1 : text.slice(0, index).split("\n").length;
    writers.set(name, [...(writers.get(name) ?? []), { file, line }]);
  };
  let entries: string[];
  try {
    entries = readdirSync(input, { recursive: true, encoding: "utf8" });
  } catch {
    return writers;
  }
  for (const entry of entries) {
    if (entry.split(path.sep).includes("node_modules")) continue;
    const file = path.join(input, entry);
    const extension = path.extname(entry);
    if (!PAGE_EXTENSIONS.has(extension) && !DATA_EXTENSIONS.has(extension)) continue;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    if (PAGE_EXTENSIONS.has(extension)) {
      const frontMatter = frontMatterOf(text);
      // Most pages take their layout from their folder: their YAML need not be read here.
      if (frontMatter === undefined || !/^layout\s*:/m.test(frontMatter)) continue;
      try {
        add((yaml.load(frontMatter) as { layout?: unknown } | null)?.layout, file, text);
      } catch {
        // Unreadable front matter: reported as such by the page-errors plugin.
      }
    } else if (extension === ".json") {
      try {
        add((JSON.parse(text) as { layout?: unknown } | null)?.layout, file, text);
      } catch {
        // Unreadable data file: reported as such by the page-errors plugin.
      }
    } else {
      for (const match of text.matchAll(/\blayout\s*:\s*["'`]([^"'`]+)["'`]/g)) add(match[1], file, text);
    }
  }
  return writers;
}

function listLayouts(includes: string): string[] {
  try {
    return readdirSync(path.join(includes, "layouts"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".njk"))
      .map((file) => `layouts/${file.split(path.sep).join("/")}`);
  } catch {
    return [];
  }
}

const PAGE_EXTENSIONS = new Set([".md", ".njk", ".html"]);
const DATA_EXTENSIONS = new Set([".json", ".cjs", ".js", ".mjs"]);
