import { readFileSync } from "node:fs";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { productionHeaders } from "../deploy/nginx-headers.ts";

/**
 * What `npm start` serves the preview with: the production's security headers, and only to this
 * machine unless asked (`--host=0.0.0.0` for the local network): an editor's draft is not for the
 * café's Wi-Fi.
 */
export function devServerOptions(projectRoot: string, host: string): DevServerOptions {
  listenOn(host);
  const conf = readFileSync(path.join(projectRoot, "deploy/nginx.conf"), "utf8");
  return {
    headers: productionHeaders(conf),
    // Eleventy's dev server names every address it answers on: only this machine's, unless shared.
    showAllHosts: host !== "localhost" && host !== "127.0.0.1",
  };
}

export interface DevServerOptions {
  headers: Record<string, string>;
  showAllHosts: boolean;
}

/**
 * Eleventy's dev server listens on every network interface and has no option to choose
 * (@11ty/eleventy-dev-server 2.1, `_serverListen`); the one place it listens is replaced, for
 * this process only.
 */
function listenOn(host: string): void {
  const prototype = EleventyDevServer.prototype as unknown as DevServerInternals;
  prototype._serverListen = function (this: DevServerInternals, port: number) {
    this.server.listen({ port, host });
  };
}

interface DevServerInternals {
  server: { listen(options: { port: number; host: string }): void };
  _serverListen(port: number): void;
}
