import { parentPort } from "node:worker_threads";
import type { FeedProblem } from "../feeds/validate-feed.ts";
import type { CheckReply, CheckRequest } from "./background-checks.ts";
import { checkSite } from "./check-site.ts";
import type { ParsedPage } from "./model/html-page.ts";
import { readSiteModel } from "./model/site-model.ts";

/**
 * The dev server's checks, on a thread of their own (`BackgroundChecks`): each request checks
 * the whole written site. The pages and feeds it read are kept for the next request, which
 * parses again only the pages the dev server has written since.
 */
const parsed = new Map<string, ParsedPage>();
const validatedFeeds = new Map<string, { text: string; problems: FeedProblem[] }>();

parentPort!.on("message", (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    for (const sitePath of request.removed) parsed.delete(sitePath);
    const model = readSiteModel(request.outputDir, {
      ignore: request.ignore,
      written: new Map(request.written),
      parsed,
      validatedFeeds,
    });
    reply = { run: request.run, findings: checkSite(model) };
  } catch (cause) {
    const { code, message } = cause as NodeJS.ErrnoException;
    reply = { run: request.run, failure: { code, message: String(message ?? cause) } };
  }
  parentPort!.postMessage(reply);
});
