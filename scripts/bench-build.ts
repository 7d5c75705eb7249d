import { writeFileSync } from "node:fs";
import { measuredBuild, type BuildKind } from "../tools/bench/measured-build.ts";

/**
 * One build measured in a fresh process, started by `npm run bench` for every measurement:
 * `node --import tsx scripts/bench-build.ts <site|floor> <contenu> <sortie> <résultat.json>`.
 */
const [kind, input, output, resultFile] = process.argv.slice(2);
const result = await measuredBuild(kind as BuildKind, input, output);
writeFileSync(resultFile, JSON.stringify(result));
