import assert from "node:assert/strict";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { productionHeaders } from "../../lib/deploy/nginx-headers.ts";
import { type BuildProcess, startBuild, waitFor } from "../support/build-process.ts";
import { freePort } from "../support/nginx.ts";
import { type ProjectCopy, projectCopy } from "../support/project-copy.ts";

/** `npm start` in a copy of the project whose pages the test edits, as an editor would. */
describe("the dev server (npm start)", () => {
  let project: ProjectCopy;
  let server: BuildProcess;
  let port: number;
  const url = (pathname: string) => `http://localhost:${port}${pathname}`;
  const page = (file: string) => path.join(project.root, "content/fr/guide", file);
  /** The terminal's output from `mark` on. */
  let mark = 0;
  const since = () => server.output().slice(mark);

  before(async () => {
    project = projectCopy("clean", { editable: true });
    port = await freePort();
    server = startBuild(project, ["start", "--", `--port=${port}`]);
    await waitFor("le serveur", () => since().includes("Server at"), 120);
  });
  after(async () => {
    if (server && server.npm.exitCode === null) process.kill(-server.npm.pid!, "SIGTERM");
    await server?.exited;
  });

  it("serves with the production's security headers, those of deploy/nginx.conf", async () => {
    const response = await fetch(url("/fr/guide/"));
    assert.equal(response.status, 200);
    const expected = productionHeaders(readFileSync("deploy/nginx.conf", "utf8"));
    assert.ok(Object.keys(expected).length >= 5);
    for (const [name, value] of Object.entries(expected)) assert.equal(response.headers.get(name), value, name);
  });

  it("listens on this machine only", async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((item) => item && item.family === "IPv4" && !item.internal)?.address;
    if (!address) return;
    await assert.rejects(fetch(`http://${address}:${port}/fr/`, { signal: AbortSignal.timeout(3000) }));
  });

  it("says « aucun problème » once a save leaves nothing to fix", async () => {
    mark = server.output().length;
    appendFileSync(page("seconde-page.md"), "\nUne phrase de plus.\n");
    await waitFor("le compte rendu des vérifications", () => /Vérifications : (plus )?aucun problème\./.test(since()));
  });

  it("shows a page's Nunjucks error in its place and keeps serving the others", async () => {
    mark = server.output().length;
    appendFileSync(page("seconde-page.md"), "\n{% if title %}\nJamais fermé.\n");
    await waitFor("la reconstruction", () => since().includes("Watching…"));
    const html = await (await fetch(url("/fr/guide/seconde-page/"))).text();
    assert.match(html, /Cette page ne peut pas être construite/);
    assert.match(html, /seconde-page\.md:\d+ erreur : bloc « &#123;% if %&#125; » jamais fermé/);
    assert.equal((await fetch(url("/fr/guide/premiere-page/"))).status, 200);
  });

  it("says « plus aucun problème » after the fix", async () => {
    mark = server.output().length;
    const text = readFileSync(page("seconde-page.md"), "utf8");
    writeFileSync(page("seconde-page.md"), text.replace("{% if title %}\nJamais fermé.\n", ""));
    await waitFor("« plus aucun problème »", () => since().includes("Vérifications : plus aucun problème."));
  });

  it("forgets a deleted page at once, and reports the links to it", async () => {
    mark = server.output().length;
    rmSync(page("seconde-page.md"));
    await waitFor("les liens cassés", () => since().includes('lien cassé vers "/fr/guide/seconde-page/"'));
    assert.equal((await fetch(url("/fr/guide/seconde-page/"))).status, 404);
    assert.match(
      since(),
      /content\/fr\/guide\/premiere-page\.md:\d+ erreur : lien cassé vers "\/fr\/guide\/seconde-page\/"/,
    );
  });

  it("says in French a failure met only while rendering, and keeps serving the last pages built", async () => {
    mark = server.output().length;
    writeFileSync(
      page("calcul.md"),
      '---\ntitle: Calcul\n---\n\n{% set fichier = "partials/inexistant.njk" %}\n{% include fichier %}\n',
    );
    await waitFor("le message en français", () =>
      since().includes("L’aperçu garde les pages de la dernière construction réussie."),
    );
    assert.match(
      since(),
      /content\/fr\/guide\/calcul\.md erreur : la construction a échoué : fichier « partials\/inexistant\.njk » introuvable/,
    );
    assert.equal((await fetch(url("/fr/guide/premiere-page/"))).status, 200);
    rmSync(page("calcul.md"));
  });

  it("holds _site/ while it runs: a build is refused", async () => {
    const build = startBuild(project);
    assert.equal(await build.exited, 1);
    assert.match(build.output(), /_site\/ est déjà en cours d’écriture par npm start/);
  });
});
