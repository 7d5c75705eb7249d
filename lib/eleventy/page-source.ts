import { readFileSync } from "node:fs";
import type { BuildContext } from "../pipeline/build-context.ts";

/** A page's source as its editor wrote it, read once per build: lines are looked up in it. */
export function pageSource(build: BuildContext, file: string): string {
  let source = build.sources.get(file);
  if (source === undefined) {
    try {
      source = readFileSync(file, "utf8");
    } catch {
      source = "";
    }
    build.sources.set(file, source);
  }
  return source;
}
