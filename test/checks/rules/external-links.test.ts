import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { readSiteModel } from "../../../lib/checks/model/site-model.ts";
import { formatFinding } from "../../../lib/checks/report/format-findings.ts";
import { checkExternalLinks } from "../../../lib/checks/rules/external-links.ts";
import { writeSite } from "../../support/write-site.ts";

describe("external links, checked only on demand", () => {
  const requests: string[] = [];
  let server: Server;
  let origin: string;
  let site: string;

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
    site = writeSite([
      {
        url: "/",
        source: "page.md",
        markdown: `---\ntitle: Liens externes\n---\n\n${links.join("\n\n")}\n`,
        html: `<p>${["ok", "absente", "lente", "sans-head"].map((name) => `<a href="${origin}/${name}">${name}</a>`).join(" ")}</p>`,
      },
    ]);
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it("reports a missing page and a site that does not answer in time as warnings, with the page's line; GET is tried when HEAD is refused", async () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    const findings = await checkExternalLinks(readSiteModel(site), { timeoutMs: 300, concurrency: 2, cacheFile });
    const source = path.join(path.dirname(site), "page.md");
    const fix = "ouvrez-le dans un navigateur : corrigez l’adresse, ou retirez le lien si la page a disparu";
    assert.deepEqual(findings.map(formatFinding), [
      `${source}:7 avertissement : lien externe "${origin}/absente" introuvable (HTTP 404) — ${fix}`,
      `${source}:9 avertissement : lien externe "${origin}/lente" sans réponse après 0,3 s — ${fix}`,
    ]);
    assert.ok(requests.includes("GET /sans-head"));
  });

  it("remembers the links that answered, and asks again only for the others", async () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    await checkExternalLinks(readSiteModel(site), { timeoutMs: 300, cacheFile });
    requests.length = 0;
    await checkExternalLinks(readSiteModel(site), { timeoutMs: 300, cacheFile });
    assert.deepEqual(requests.filter((request) => request.startsWith("HEAD")).sort(), ["HEAD /absente", "HEAD /lente"]);
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
    const dir = writeSite([{ url: "/", source: "page.md", markdown: "---\ntitle: x\n---\n", html: pages }]);
    assert.deepEqual(await checkExternalLinks(readSiteModel(dir), { concurrency: 2 }), []);
    slow.close();
    assert.equal(most, 2);
  });

  it("`npm run check -- --external` prints them and still exits 0", async () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), "aide-cache-")), "liens.json");
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/check.ts",
      `--dir=${site}`,
      "--external",
      `--cache=${cache}`,
      "--timeout=300",
    ]);
    assert.match(stdout, /avertissement : lien externe "http:\/\/127\.0\.0\.1:\d+\/absente" introuvable \(HTTP 404\)/);
    assert.match(stdout, /0 erreur, 2 avertissements\./);
  });
});
