import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import type { Finding } from "../checks/finding.ts";
import { yamlErrorFinding } from "./eleventy-error.ts";

const PAGE_EXTENSIONS = new Set([".md", ".njk", ".html"]);

/**
 * Reads the front matter of every page with Eleventy's own YAML parser, before Eleventy runs:
 * a page whose YAML is broken is reported and left out of the build, so that Eleventy, which
 * stops at the first one, still builds and checks every other page.
 */
export function unreadableFrontMatter(input: string): FrontMatterScan {
  const findings: Finding[] = [];
  const files: string[] = [];
  for (const file of pagesUnder(input)) {
    const frontMatter = frontMatterOf(readFileSync(file, "utf8"));
    if (frontMatter === undefined) continue;
    try {
      yaml.load(frontMatter);
    } catch (cause) {
      if (!(cause instanceof yaml.YAMLException)) throw cause;
      findings.push(yamlErrorFinding(file, cause));
      files.push(file);
    }
  }
  return { findings, files };
}

/** The YAML between the opening `---` and the closing one, starting with the line break after `---` as gray-matter passes it. */
export function frontMatterOf(text: string): string | undefined {
  const match = /^---[^\S\n]*(\r?\n[\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(text);
  return match?.[1];
}

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && PAGE_EXTENSIONS.has(path.extname(entry.name)) && !entry.parentPath.includes("node_modules"),
    )
    .map((entry) => path.relative(".", path.join(entry.parentPath, entry.name)));
}

export interface FrontMatterScan {
  findings: Finding[];
  /** Pages to leave out of the build. */
  files: string[];
}
