import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";
import { argsOf, commandsOf, healthCheckUrl, imageCommand, readDockerStages } from "../support/dockerfile.ts";
import { fillTemplate, NGINX, NGINX_CONFIG } from "../support/nginx.ts";

const { build, image } = readDockerStages();
const conf = readFileSync(NGINX_CONFIG, "utf8");
const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"),
).scripts;
const placeholders = [...new Set([...conf.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe("deploy/Dockerfile builds an image that serves what the tests serve", () => {
  it("builds the site in a Node 20 Debian stage: npm ci, then npm run build with the production path prefix", () => {
    assert.match(build.image, /^node:20-[a-z]+$/);
    const commands = commandsOf(build);
    assert.ok(
      commands.some((command) => command.startsWith("npm ci ")),
      commands.join("\n"),
    );
    assert.ok(commands.includes("npm run build -- --pathprefix=/aide"), commands.join("\n"));
  });

  it("keeps the images' encoded variants between image builds, in a BuildKit cache where the build looks for them", () => {
    const build = argsOf(readDockerStages().build, "RUN").find((run) => run.includes("npm run build"));
    assert.match(build ?? "", /^--mount=type=cache,target=\/src\/\.cache\/images npm run build /);
    assert.equal(argsOf(readDockerStages().build, "WORKDIR")[0], "/src");
  });

  it("leaves the test tooling out: the build stage installs Chromium alone, to draw the diagrams; neither it nor npm run build installs nginx or Java", () => {
    assert.deepEqual(
      commandsOf(build).filter((command) => /setup-debian|apt-get install|npm test/.test(command)),
      ["apt-get install -y --no-install-recommends chromium"],
    );
    assert.deepEqual(
      Object.entries(scripts)
        .filter(([, command]) => command.includes("setup-debian"))
        .map(([name]) => name),
      ["pretest"],
    );
    assert.deepEqual(
      Object.keys(scripts).filter((name) => /^(pre|post)(build|install|ci)$|^prepare$/.test(name)),
      [],
    );
  });

  it("serves it from Debian's nginx of the same release, with the brotli packages of the modules nginx.conf loads, which the tests use too", () => {
    const release = build.image.split("-")[1];
    assert.equal(image.image, `debian:${release}-slim`);
    const modules = [...conf.matchAll(/^load_module \S*\/ngx_http_(\w+)_module\.so;/gm)].map(
      (match) => `libnginx-mod-http-${match[1]!.replace(/_/g, "-")}`,
    );
    assert.deepEqual(modules.sort(), ["libnginx-mod-http-brotli-filter", "libnginx-mod-http-brotli-static"]);
    const install =
      commandsOf(image)
        .find((command) => command.startsWith("apt-get install"))
        ?.split(" ") ?? [];
    for (const pkg of ["nginx", ...modules]) assert.ok(install.includes(pkg), `apt-get install ${pkg}`);
    const setup = readFileSync(path.join(PROJECT_ROOT, "scripts/setup-debian.sh"), "utf8");
    for (const pkg of modules) assert.ok(setup.includes(`missing+=(${pkg})`), `setup-debian.sh installs ${pkg}`);
  });

  it("copies deploy/nginx.conf, the very file the tests start nginx with, and fills in exactly its ${…} values", () => {
    const { values, variables, template, output } = envsubstCommand();
    assert.ok(
      argsOf(image, "COPY").includes(`${path.relative(PROJECT_ROOT, NGINX_CONFIG)} ${template}`),
      argsOf(image, "COPY").join("\n"),
    );
    assert.deepEqual(variables.sort(), placeholders);
    assert.deepEqual(Object.keys(values).sort(), placeholders);
    assert.doesNotMatch(fillTemplate(conf, values), /\$\{AIDE_/);
    assert.equal(output, "/etc/nginx/nginx.conf");
  });

  it("copies the folder npm run build writes where the configuration's root points", () => {
    const [workdir] = argsOf(build, "WORKDIR");
    assert.ok(
      argsOf(image, "COPY").includes(`--from=${build.name} ${workdir}/_site ${envsubstCommand().values.AIDE_ROOT}`),
      argsOf(image, "COPY").join("\n"),
    );
  });

  it("listens on 8080, a port an unprivileged user may open, and declares it", () => {
    assert.equal(envsubstCommand().values.AIDE_LISTEN, "8080");
    assert.deepEqual(argsOf(image, "EXPOSE"), ["8080"]);
  });

  it("runs nginx in the foreground as an unprivileged user, its pid file in /tmp and its errors on the error output", () => {
    const users = argsOf(image, "USER");
    assert.equal(users.length, 1);
    const user = users[0]!;
    const [, uid] = /^(\d+):\d+$/.exec(user) ?? [];
    assert.ok(uid && uid !== "0", `USER ${user} : un utilisateur numérique autre que root`);
    assert.ok(commandsOf(image).some((command) => command.startsWith("useradd ") && command.includes(`--uid ${uid} `)));
    const keywords = image.instructions.map((instruction) => instruction.keyword);
    assert.ok(keywords.indexOf("USER") > keywords.lastIndexOf("RUN"), "USER after the last RUN");
    assert.doesNotMatch(conf, /^\s*user\s/m, "a user directive needs a root master process");

    const command = imageCommand(image);
    assert.equal(command[0], "nginx");
    assert.equal(command[command.indexOf("-c") + 1], envsubstCommand().output);
    assert.equal(command[command.indexOf("-e") + 1], "stderr");
    assert.match(command[command.indexOf("-g") + 1] ?? "", /^daemon off; pid \/tmp\/[\w.]+;$/);
  });

  it("gives that user the folder where Debian's nginx creates its temporary files, and the access log to the standard output", () => {
    const chown =
      commandsOf(image)
        .find((command) => command.startsWith("chown -R "))
        ?.split(" ") ?? [];
    assert.equal(chown[2], "aide:aide");
    const tempPaths = [
      ...spawnSync(NGINX, ["-V"], { encoding: "utf8" }).stderr.matchAll(/--http-[\w-]+-temp-path=(\S+)/g),
    ].map((match) => match[1]!);
    assert.ok(tempPaths.length >= 5, "nginx -V lists its temporary folders");
    for (const tempPath of tempPaths) assert.ok(tempPath.startsWith(`${chown[3]}/`), `${tempPath} in ${chown[3]}`);
    assert.ok(commandsOf(image).includes(`ln -sf /dev/stdout ${envsubstCommand().values.AIDE_LOGS}/access.log`));
  });

  it("checks its health on the French home, on the port nginx listens to (test/deploy/image-nginx.test.ts fetches it)", () => {
    const url = new URL(healthCheckUrl(image));
    assert.equal(url.hostname, "127.0.0.1");
    assert.equal(url.port, envsubstCommand().values.AIDE_LISTEN);
    assert.equal(url.pathname, "/aide/fr/");
  });
});

/** `NAME=value … envsubst '$A $B' < template > output`: the RUN command that writes nginx's configuration. */
function envsubstCommand(): { values: Record<string, string>; variables: string[]; template: string; output: string } {
  const command = commandsOf(image).find((candidate) => /\benvsubst\b/.test(candidate)) ?? "";
  const [, assignments = "", variables = "", template = "", output = ""] =
    /^((?:\w+=\S+ )*)envsubst '([^']*)' < (\S+) > (\S+)$/.exec(command) ?? [];
  assert.ok(output, `une commande envsubst qui écrit la configuration : ${command}`);
  const values = Object.fromEntries(
    assignments
      .trim()
      .split(" ")
      .map((assignment) => assignment.split("=") as [string, string]),
  );
  return { values, variables: variables.split(" ").map((name) => name.replace(/^\$\{?|\}$/g, "")), template, output };
}
