import { processUsage } from "./process-usage.ts";
import { type RenderOptions, renderSite } from "./render-site.ts";

/**
 * The child process of `renderInChildProcess`: renders and checks the site described by its
 * argument, sends the result to its parent, and exits.
 */
const options = JSON.parse(process.argv[2]!) as RenderOptions;
const result = await renderSite(options);
process.send!({ ...result, processUsage: processUsage() }, () => process.exit(0));
