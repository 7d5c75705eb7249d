import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { SiteModel } from "../../../lib/checks/model/site-model.ts";
import { checkExternalLinks } from "../../../lib/checks/rules/external-links.ts";
import { said } from "../../support/said.ts";
import { siteModel } from "../../support/site-model.ts";
import { writeSite } from "../../support/write-site.ts";

describe("external links, checked only on demand", () => {
  const requests: string[] = [];
  let server: Server;
  let origin: string;
  let site: SiteModel;

  before(async () => {
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      if (request.url === "/lente") return; // never answers
      if (request.url === "/sans-head" && request.method === "HEAD") return void response.writeHead(405).end();
      response.writeHead(request.url === "/absente" ? 404 : 200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const links = ["ok", "absente", "lente", "sans-head"].map((name) => `[${name}](${origin}/${name})`);
    const anchors = ["ok", "absente", "lente", "sans-head"].map((name) => `<a href="${origin}/${name}">${name}</a>`);
    site = siteModel({ pages: [{ url: "/", markdown: links.join("\n\n"), html: `<p>${anchors.join(" ")}</p>` }] });
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it("reports a missing page and a site that does not answer in time as warnings, with the page's line; GET is tried when HEAD is refused", async () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    const findings = await checkExternalLinks(site, { timeoutMs: 300, concurrency: 2, cacheFile });
    const fix = "ouvrez-le dans un navigateur : corrigez l’adresse, ou retirez le lien si la page a disparu";
    assert.deepEqual(said(findings), [
      `[link-external] content/index.md:3 avertissement : lien externe "${origin}/absente" introuvable (HTTP 404) — ${fix}`,
      `[link-external] content/index.md:5 avertissement : lien externe "${origin}/lente" sans réponse après 0,3 s — ${fix}`,
    ]);
    assert.ok(requests.includes("GET /sans-head"));
  });

  it("remembers the links that answered, and asks again only for the others", async () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    await checkExternalLinks(site, { timeoutMs: 300, cacheFile });
    requests.length = 0;
    await checkExternalLinks(site, { timeoutMs: 300, cacheFile });
    assert.deepEqual(requests.filter((request) => request.startsWith("HEAD")).sort(), ["HEAD /absente", "HEAD /lente"]);
  });

  it("says a dead link of the layout once, on the layout's line, however many pages show it", async () => {
    const footer = `<a href="${origin}/absente">absente</a>`;
    const model = siteModel({
      pages: ["/", "/b/"].map((url) => ({ url, markdown: "---\ntitle: Page\nlayout: base.njk\n---", html: footer })),
      templates: { "_includes/base.njk": `{{ content }}\n<footer>${footer}</footer>` },
    });
    assert.deepEqual(
      (await checkExternalLinks(model, { timeoutMs: 300 })).map((finding) => `${finding.file}:${finding.line}`),
      ["_includes/base.njk:2"],
    );
  });

  it("never sends more requests at once than its limit", async () => {
    let inFlight = 0;
    let most = 0;
    const slow = createServer((_request, response) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        response.writeHead(200).end();
      }, 50);
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const slowOrigin = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const pages = Array.from({ length: 6 }, (_, index) => `<a href="${slowOrigin}/${index}">${index}</a>`).join("");
    const model = siteModel({ pages: [{ url: "/", html: pages }] });
    assert.deepEqual(await checkExternalLinks(model, { concurrency: 2 }), []);
    slow.close();
    assert.equal(most, 2);
  });

  it("`npm run check -- --external` prints them for a built site and still exits 0", async () => {
    const links = ["ok", "absente"].map((name) => `<a href="${origin}/${name}">${name}</a>`).join("");
    const built = writeSite([{ url: "/", source: "page.md", markdown: "---\ntitle: x\n---\n", html: links }]);
    const cache = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/check.ts",
      `--dir=${built}`,
      "--external",
      `--cache=${cache}`,
      // Both links answer at once: the default wait only matters on a machine too busy to answer in time.
    ]);
    assert.match(stdout, /avertissement : lien externe "http:\/\/127\.0\.0\.1:\d+\/absente" introuvable \(HTTP 404\)/);
    assert.match(stdout, /0 erreur, 1 avertissement\./);
  });
});
