import { type BuiltSite, buildFixture } from "./build-fixture.ts";
import { type NginxServer, startNginx } from "./nginx.ts";

/**
 * The site as production serves it: built with `--pathprefix=/aide`, search index and compressed
 * files included, behind nginx with deploy/nginx.conf. `fixture` as in `buildFixture`.
 */
export async function serveBuiltSite(fixture: string | null = null): Promise<ServedSite> {
  const site = await buildFixture(fixture, { pathPrefix: "/aide/", skipSearch: false, skipCompression: false });
  if (!site.ok) throw new Error(`la construction du site a échoué : ${JSON.stringify(site.findings, null, 2)}`);
  const server = await startNginx(site.outputDir);
  return { site, server, stop: () => server.stop() };
}

export interface ServedSite {
  site: BuiltSite;
  server: NginxServer;
  stop(): Promise<void>;
}
