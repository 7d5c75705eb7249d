import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { imageCommand, readDockerStages } from "./dockerfile.ts";
import { fillTemplate, freePort, NGINX, NGINX_CONFIG, waitForPort } from "./nginx.ts";

/** `nobody`, the unprivileged user of Debian. */
const UNPRIVILEGED = 65534;

/**
 * Starts nginx with the command of deploy/Dockerfile's image (its configuration and pid file in a
 * temporary folder, deploy/nginx.conf listening on a free local port and serving `siteDir`), as
 * an unprivileged user: `nobody` when the tests run as root, else the user running them.
 */
export async function startNginxAsImage(siteDir: string): Promise<ImageNginx> {
  const runDir = mkdtempSync(path.join(tmpdir(), "aide-image-nginx-"));
  const port = await freePort();
  const configFile = path.join(runDir, "nginx.conf");
  writeFileSync(
    configFile,
    fillTemplate(readFileSync(NGINX_CONFIG, "utf8"), {
      AIDE_LISTEN: `127.0.0.1:${port}`,
      AIDE_ROOT: path.resolve(siteDir),
      AIDE_LOGS: runDir,
    }),
  );
  const [, ...args] = imageCommand(readDockerStages().image);
  args[args.indexOf("-c") + 1] = configFile;
  const globals = args[args.indexOf("-g") + 1];
  if (globals === undefined) throw new Error(`CMD de deploy/Dockerfile sans directives -g : ${args.join(" ")}`);
  args[args.indexOf("-g") + 1] = globals.replace(/pid \S+;/, `pid ${runDir}/nginx.pid;`);

  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    for (let dir = path.resolve(siteDir); dir.startsWith(`${tmpdir()}${path.sep}`); dir = path.dirname(dir))
      chmodSync(dir, 0o755);
    chownSync(runDir, UNPRIVILEGED, UNPRIVILEGED);
    // A first start as root creates Debian's temporary folders (/var/lib/nginx/…), as the image's
    // Dockerfile gives their parent to its user: an unprivileged nginx could not create them.
    const check = spawnSync(NGINX, ["-t", ...args], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t a échoué :\n${check.stderr}`);
    for (const file of readdirSync(runDir)) chownSync(path.join(runDir, file), UNPRIVILEGED, UNPRIVILEGED);
  }
  const child = asRoot
    ? spawn("setpriv", [`--reuid=${UNPRIVILEGED}`, `--regid=${UNPRIVILEGED}`, "--clear-groups", "--", NGINX, ...args], {
        stdio: ["ignore", "ignore", "pipe"],
      })
    : spawn(NGINX, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
  child.on("error", (cause) => (stderr += String(cause)));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await waitForPort(port, child, () => stderr);

  return {
    url: (pathname: string) => `http://127.0.0.1:${port}${pathname}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface ImageNginx {
  /** The absolute URL of a path of this server (`/aide/fr/`). */
  url(pathname: string): string;
  /** The master process (setpriv replaces itself with nginx). */
  pid: number;
  stop(): Promise<void>;
}
