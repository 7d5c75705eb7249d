import { createReadStream, type Stats, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * Serves a built site folder on 127.0.0.1 (a free port) the way a plain static web server does:
 * `index.html` for folders, a redirect to add the trailing slash, `404.html` for unknown paths,
 * under an optional URL prefix (`/aide/`) and with extra headers on every response (a CSP…).
 */
export async function serveStatic(folder: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(folder);
  const trimmed = (options.prefix ?? "").replace(/^\/+|\/+$/g, "");
  const prefix = trimmed ? `/${trimmed}/` : "/";
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    respond(root, prefix, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((cause) => (cause ? reject(cause) : resolve()))),
  };
}

function respond(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): void {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (request.method !== "GET" && request.method !== "HEAD") {
    end(response, 405);
    return;
  }
  if (!pathname.startsWith(prefix)) {
    notFound(root, response);
    return;
  }

  let file: string;
  try {
    file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
  } catch {
    end(response, 400);
    return;
  }
  // `path.join` resolves `..`: anything that lands outside the root is not ours to serve.
  if (file !== root && !file.startsWith(root + path.sep)) {
    notFound(root, response);
    return;
  }

  const stats = statOf(file);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith("/")) {
      redirect(response, `${pathname}/`);
      return;
    }
    file = path.join(file, "index.html");
  }
  if (!statOf(file)?.isFile()) {
    notFound(root, response);
    return;
  }
  send(response, 200, file, request.method === "HEAD");
}

function notFound(root: string, response: ServerResponse): void {
  const page = path.join(root, "404.html");
  if (statOf(page)?.isFile()) send(response, 404, page, false);
  else end(response, 404);
}

function send(response: ServerResponse, status: number, file: string, headOnly: boolean): void {
  response.writeHead(status, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
  if (headOnly) response.end();
  else createReadStream(file).pipe(response);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location });
  response.end();
}

function end(response: ServerResponse, status: number): void {
  response.writeHead(status);
  response.end();
}

function statOf(file: string): Stats | undefined {
  return statSync(file, { throwIfNoEntry: false });
}

/** The types the site publishes; Pagefind’s own files (gzip) go out as octet-stream, raw `.wasm` as `application/wasm`. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export interface StaticServerOptions {
  /** URL prefix the site is served under (`/aide/`); `/` by default. */
  prefix?: string;
  /** Headers added to every response, such as `Content-Security-Policy`. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Address of the site's root, prefix included, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}
