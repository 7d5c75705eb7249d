import { writeFileSync } from "node:fs";
import { readCommandLine } from "../lib/shared/command-line.ts";
import { type BuildKind, measuredBuild } from "../tools/bench/measured-build.ts";

/**
 * One build measured in a fresh process, started by `npm run bench` for every measurement:
 * `node --import tsx scripts/bench-build.ts <site|floor> <contenu> <sortie> <résultat.json>`.
 */
const [kind, input, output, resultFile] = readCommandLine({}, { positionals: true }).positionals;
if (!kind || !input || !output || !resultFile)
  throw new Error("usage : scripts/bench-build.ts <site|floor> <contenu> <sortie> <résultat.json>");
const result = await measuredBuild(kind as BuildKind, input, output);
writeFileSync(resultFile, JSON.stringify(result));
