import path from "node:path";
import { error, type Finding } from "../finding.ts";
import { frontMatterLine } from "../model/front-matter-line.ts";

/**
 * Two pages that write the same URL: all such pairs at once (Eleventy stops at the first one),
 * each on the `permalink` line of the page that comes second.
 */
export function checkDuplicatePermalinks(
  inputPathToUrls: Record<string, (string | false)[]>,
  source: (file: string) => string | undefined,
): Finding[] {
  const writers = new Map<string, string[]>();
  for (const [inputPath, urls] of Object.entries(inputPathToUrls)) {
    for (const url of new Set(urls)) {
      if (url) writers.set(url, [...(writers.get(url) ?? []), path.relative(".", inputPath)]);
    }
  }
  const findings: Finding[] = [];
  for (const [url, files] of writers) {
    const [first, ...others] = files.sort();
    for (const file of others) {
      findings.push(
        error(
          "permalink-duplicate",
          file,
          `adresse "${url}" déjà écrite par ${first}`,
          "donnez à l’une des deux pages un autre « permalink » (ou un autre nom de fichier)",
          frontMatterLine(source(file) ?? "", ["permalink"]),
        ),
      );
    }
  }
  return findings;
}
