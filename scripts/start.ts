import Eleventy from "@11ty/eleventy";
import { editorConsole } from "../lib/eleventy/editor-console.ts";
import { readCommandLine } from "../lib/shared/command-line.ts";

/**
 * `npm start [-- --port=8080]`: the site at http://localhost:8080/fr/, rebuilt at each save (only what changed),
 * with the checks' findings printed as warnings and no stack trace in an editor's way.
 */
const { values } = readCommandLine({ port: { type: "string", default: process.env.PORT ?? "8080" } });
const port = Number(values.port);
const eleventy = new Eleventy("content", "_site", { configPath: ".eleventy.ts", source: "cli", runMode: "serve" });
(eleventy.logger as { overrideLogger(logger: object): void }).overrideLogger(editorConsole());
await eleventy.init();
eleventy.setIncrementalBuild(true);
await eleventy.watch();
eleventy.serve(port);
