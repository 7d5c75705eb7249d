import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

export const NGINX_CONFIG = path.join(PROJECT_ROOT, "deploy/nginx.conf");
/** Debian's nginx is in /usr/sbin, which a user's PATH may lack. */
export const NGINX = process.env.NGINX_PATH ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

/**
 * Starts Debian's nginx with the configuration we ship (deploy/nginx.conf), its three values
 * filled in like `envsubst` does: listening on a free port of 127.0.0.1, serving `siteDir`
 * (a site built with `--pathprefix=/aide`), its logs and pid in a temporary folder.
 */
export async function startNginx(siteDir: string): Promise<NginxServer> {
  const runDir = mkdtempSync(path.join(tmpdir(), "aide-nginx-"));
  const port = await freePort();
  const config = fillTemplate(readFileSync(NGINX_CONFIG, "utf8"), {
    AIDE_LISTEN: `127.0.0.1:${port}`,
    AIDE_ROOT: path.resolve(siteDir),
    AIDE_LOGS: runDir,
  });
  const configFile = path.join(runDir, "nginx.conf");
  writeFileSync(configFile, config);
  // Workers drop root for `nobody`: they must be able to read the site's temporary folders.
  for (let dir = path.resolve(siteDir); dir.startsWith(`${tmpdir()}${path.sep}`); dir = path.dirname(dir))
    chmodSync(dir, 0o755);

  const child = spawn(
    NGINX,
    ["-p", runDir, "-c", configFile, "-g", `daemon off; pid ${runDir}/nginx.pid; error_log ${runDir}/error.log;`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("error", (cause) => (stderr += String(cause)));
  await waitForPort(port, child, () => `${stderr}${readOr(path.join(runDir, "error.log"))}`);

  return {
    origin: `http://127.0.0.1:${port}`,
    url: (pathname: string) => `http://127.0.0.1:${port}${pathname}`,
    errorLog: () => readOr(path.join(runDir, "error.log")),
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** What `nginx -t` says of deploy/nginx.conf, filled in as `startNginx` fills it (warnings included). */
export function testNginxConfig(siteDir: string): { ok: boolean; output: string } {
  const runDir = mkdtempSync(path.join(tmpdir(), "aide-nginx-t-"));
  const configFile = path.join(runDir, "nginx.conf");
  writeFileSync(
    configFile,
    fillTemplate(readFileSync(NGINX_CONFIG, "utf8"), {
      AIDE_LISTEN: "127.0.0.1:8080",
      AIDE_ROOT: path.resolve(siteDir),
      AIDE_LOGS: runDir,
    }),
  );
  const result = spawnSync(
    NGINX,
    ["-t", "-p", runDir, "-c", configFile, "-g", `pid ${runDir}/nginx.pid; error_log ${runDir}/error.log;`],
    { encoding: "utf8" },
  );
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Replaces each `${NAME}` of `values`, and only those: nginx's own `$uri`… stay. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx s’est arrêté au démarrage :\n${log()}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGTERM");
  throw new Error(`nginx n’écoute pas sur le port ${port} après 5 s :\n${log()}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function readOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

export interface NginxServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The absolute URL of a path of this server (`/aide/fr/`). */
  url(pathname: string): string;
  errorLog(): string;
  stop(): Promise<void>;
}
