import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { buildFixture } from "../support/build-fixture.ts";
import { healthCheckUrl, readDockerfile } from "../support/dockerfile.ts";
import { type ImageNginx, startNginxAsImage } from "../support/image-nginx.ts";

describe("nginx started as the image starts it, by an unprivileged user, serves the site", () => {
  let nginx: ImageNginx;
  before(async () => {
    const site = await buildFixture(null, { pathPrefix: "/aide/" });
    assert.equal(site.ok, true);
    nginx = await startNginxAsImage(site.outputDir);
  });
  after(() => nginx?.stop());

  it("runs its master process as a user other than root", () => {
    const [, uid] = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${nginx.pid}/status`, "utf8")) ?? [];
    assert.notEqual(uid, "0");
  });

  it("answers the health check's address with 200", async () => {
    const { pathname } = new URL(healthCheckUrl(readDockerfile().at(-1)!));
    const response = await fetch(nginx.url(pathname));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html lang="fr"/);
  });

  it("serves a guide page with its security headers, and the 404 page for an unknown address", async () => {
    const page = await fetch(nginx.url("/aide/fr/guides-producteur/presentation/connexion-inscription/"));
    assert.equal(page.status, 200);
    assert.match(String(page.headers.get("content-security-policy")), /default-src 'self'/);
    const missing = await fetch(nginx.url("/aide/fr/absente/"));
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<h1>Page non trouvée<\/h1>/);
  });
});
