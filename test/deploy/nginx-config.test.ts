import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { MANIFEST_FILE } from "../../lib/checks/model/site-manifest.ts";
import { dsfrUrl } from "../../lib/dsfr/paths.ts";
import { testNginxConfig } from "../support/nginx.ts";
import { type ServedSite, serveBuiltSite } from "../support/served-site.ts";

const GUIDE = "/aide/fr/guides-producteur/presentation/connexion-inscription/";

describe("nginx with deploy/nginx.conf serves the site under /aide/", () => {
  let served: ServedSite;
  before(async () => {
    served = await serveBuiltSite();
  });
  after(() => served?.stop());

  const fetchRaw = (pathname: string, headers: Record<string, string> = {}) =>
    rawGet(served.server.url(pathname), headers);

  it("passes `nginx -t` without a single warning", () => {
    const { ok, output } = testNginxConfig(served.site.outputDir);
    assert.ok(ok, output);
    assert.doesNotMatch(output, /\[(warn|emerg|alert|crit|error)\]/, output);
  });

  it("serves one byte range of a file, and the whole file to a request for many ranges", async () => {
    const stylesheet = "/aide/css/site.css";
    const one = await fetchRaw(stylesheet, { range: "bytes=0-9" });
    assert.equal(one.status, 206);
    assert.equal(one.body.length, 10);
    const many = await fetchRaw(stylesheet, { range: "bytes=0-0,2-2,4-4,6-6,8-8" });
    assert.equal(many.status, 200);
    assert.doesNotMatch(String(many.headers["content-type"]), /multipart/);
  });

  it("answers the browsers' request for the icon at the root with the DSFR's icon", async () => {
    const { status, headers, body } = await fetchRaw("/favicon.ico");
    assert.equal(status, 200);
    assert.equal(headers["content-type"], "image/x-icon");
    assert.deepEqual(body, readFileSync(path.join(served.site.outputDir, "favicon.ico")));
  });

  it("redirects /aide to /aide/, /aide/ to the French home, and a folder without its slash to the folder", async () => {
    for (const [from, to, status] of [
      ["/aide", "/aide/", 301],
      ["/aide/", "/aide/fr/", 302],
      ["/aide/fr/guides-producteur", "/aide/fr/guides-producteur/", 301],
    ] as const) {
      const response = await fetchRaw(from);
      assert.equal(response.status, status, from);
      assert.equal(response.headers.location, to, from);
    }
  });

  it("sends the security headers with every page: strict CSP, nosniff, referrer and permissions policies", async () => {
    const { status, headers } = await fetchRaw(GUIDE);
    assert.equal(status, 200);
    const csp = String(headers["content-security-policy"]);
    assert.match(csp, /(^|; )default-src 'self'(;|$)/);
    assert.match(csp, /(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /(^|; )style-src 'self'(;|$)/);
    assert.match(csp, /(^|; )frame-ancestors 'none'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.equal(headers["x-content-type-options"], "nosniff");
    assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin");
    assert.match(String(headers["permissions-policy"]), /camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  });

  it("has HTML revalidated on each visit, and answers 304 when it has not changed", async () => {
    const { headers } = await fetchRaw(GUIDE);
    assert.equal(headers["cache-control"], "no-cache");
    assert.equal(headers["content-type"], "text/html; charset=utf-8");
    assert.ok(headers.etag);
    assert.equal((await fetchRaw(GUIDE, { "if-none-match": String(headers.etag) })).status, 304);
  });

  it("lets browsers keep for a year the DSFR files, published under their version, Pagefind's hashed files and the variants of content images", async () => {
    for (const file of ["dsfr.module.min.js", "fonts/Marianne-Regular.woff2", "icons/system/close-line.svg"]) {
      const { status, headers } = await fetchRaw(`/aide${dsfrUrl(file)}`);
      assert.equal(status, 200, file);
      assert.equal(headers["cache-control"], "public, max-age=31536000, immutable", file);
    }
    const meta = readdirSync(path.join(served.site.outputDir, "pagefind")).find((file) => file.endsWith(".pf_meta"));
    assert.equal(
      (await fetchRaw(`/aide/pagefind/${meta}`)).headers["cache-control"],
      "public, max-age=31536000, immutable",
    );
    assert.equal((await fetchRaw("/aide/pagefind/pagefind-entry.json")).headers["cache-control"], "no-cache");
    const html = readFileSync(
      path.join(served.site.outputDir, "fr/guides-producteur/presentation/connexion-inscription/index.html"),
      "utf8",
    );
    const variant = /srcset="(\/aide\/img\/[^" ]+\.avif) /.exec(html)![1]!;
    const { status, headers } = await fetchRaw(variant);
    assert.deepEqual([status, headers["content-type"]], [200, "image/avif"]);
    assert.equal(headers["cache-control"], "public, max-age=31536000, immutable");
    const original = /<img src="(\/aide\/img\/[^"]+\.png)"/.exec(html)![1]!;
    assert.equal((await fetchRaw(original)).headers["cache-control"], "no-cache");
    assert.equal((await fetchRaw("/aide/css/site.css")).headers["cache-control"], "no-cache");
    assert.equal((await fetchRaw("/aide/dsfr/dsfr-site.min.css")).headers["cache-control"], "no-cache");
  });

  it("compresses pages with brotli or gzip, as the browser accepts, and sends the assets' files compressed by the build", async () => {
    const file = readFileSync(
      path.join(served.site.outputDir, "fr/guides-producteur/presentation/connexion-inscription/index.html"),
    );
    const br = await fetchRaw(GUIDE, { "accept-encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(br.headers.vary, "Accept-Encoding");
    assert.deepEqual(brotliDecompressSync(br.body), file);
    const gzip = await fetchRaw(GUIDE, { "accept-encoding": "gzip" });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.deepEqual(gunzipSync(gzip.body), file);
    const css = await fetchRaw("/aide/dsfr/dsfr-site.min.css", { "accept-encoding": "br" });
    assert.equal(css.headers["content-encoding"], "br");
    assert.deepEqual(css.body, readFileSync(path.join(served.site.outputDir, "dsfr/dsfr-site.min.css.br")));
    assert.ok(css.body.length < 60_000, `dsfr-site.min.css : ${css.body.length} octets transférés`);
  });

  it("labels scripts, styles, fonts and images with their type, which nosniff requires", async () => {
    const expected: Record<string, string> = {
      [dsfrUrl("dsfr.module.min.js")]: "text/javascript; charset=utf-8",
      "/dsfr/dsfr-site.min.css": "text/css; charset=utf-8",
      [dsfrUrl("fonts/Marianne-Bold.woff2")]: "font/woff2",
      [dsfrUrl("favicon/favicon.svg")]: "image/svg+xml; charset=utf-8",
      [dsfrUrl("favicon/manifest.webmanifest")]: "application/manifest+json; charset=utf-8",
      "/img/guides/producteur/presentation/connexion-inscription/01_accueil.png": "image/png",
    };
    for (const [url, type] of Object.entries(expected))
      assert.equal((await fetchRaw(`/aide${url}`)).headers["content-type"], type, url);
  });

  it("answers an unknown address with the DSFR 404 page and status 404, security headers included", async () => {
    for (const url of ["/aide/fr/page-qui-n-existe-pas/", "/aide/dsfr/1.0.0/absent.css", "/ailleurs"]) {
      const { status, headers, body } = await fetchRaw(url);
      assert.equal(status, 404, url);
      assert.match(body.toString(), /<h1>Page non trouvée<\/h1>/, url);
      assert.match(String(headers["content-security-policy"]), /default-src 'self'/, url);
      assert.equal(headers["cache-control"], "no-cache", url);
    }
  });

  it("does not publish the build's own dot files, such as the list of pages and sources the checks read", async () => {
    assert.ok(readdirSync(served.site.outputDir).includes(MANIFEST_FILE), "the build wrote it");
    const { status, body } = await fetchRaw(`/aide/${MANIFEST_FILE}`);
    assert.equal(status, 404);
    assert.match(body.toString(), /<h1>Page non trouvée<\/h1>/);
  });
});

/** A GET that leaves the body as sent (node's fetch would decompress it and follow redirects). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on("error", reject);
  });
}
