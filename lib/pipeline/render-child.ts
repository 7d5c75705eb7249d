import { processUsage } from "./process-usage.ts";
import { type RenderOptions, renderSite } from "./render-site.ts";

/**
 * The child process of `renderInChildProcess`: renders and checks the site described by its
 * argument, sends the result to its parent, and exits.
 */
// The build that started this process is gone (killed, even with SIGKILL): its channel closes, and
// this process stops rather than go on writing a site nobody will publish.
process.on("disconnect", () => process.exit(1));
const options = JSON.parse(process.argv[2]!) as RenderOptions;
const result = await renderSite(options);
process.send!({ ...result, processUsage: processUsage() }, () => process.exit(0));
