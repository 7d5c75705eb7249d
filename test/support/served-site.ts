import type { BuiltSite } from "./build-fixture.ts";
import { type NginxServer, startNginx } from "./nginx.ts";
import { sharedSite } from "./shared-site.ts";

/**
 * The site as production serves it: built with `--pathprefix=/aide`, search index and compressed
 * files included, behind nginx with deploy/nginx.conf.
 */
export async function serveBuiltSite(): Promise<ServedSite> {
  const site = await sharedSite("/aide/");
  if (!site.ok) throw new Error(`la construction du site a échoué : ${JSON.stringify(site.findings, null, 2)}`);
  const server = await startNginx(site.outputDir);
  return { site, server, stop: () => server.stop() };
}

export interface ServedSite {
  site: BuiltSite;
  server: NginxServer;
  stop(): Promise<void>;
}
