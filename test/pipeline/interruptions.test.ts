import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it, mock } from "node:test";
import { interruptionOf, watchInterruptions } from "../../lib/pipeline/interruptions.ts";
import {
  type BuildProcess,
  buildNodeProcess,
  folderDigest,
  pagefindProcess,
  renderingProcess,
  startBuild,
  waitFor,
} from "../support/build-process.ts";
import { type ProjectCopy, projectCopy } from "../support/project-copy.ts";

/**
 * `npm run build` in a copy of the project (the `clean` fixture as content), started as a terminal
 * starts it, then interrupted at a chosen step in each way a build is stopped for real.
 */
/** Pages added for the cases stopped while Pagefind indexes: it then runs for a second or more. */
const PAGEFIND_PAGES = 400;

describe("a build stopped at any moment leaves the published site whole and nothing behind", () => {
  const published = new Map<number, { project: ProjectCopy; digest: Record<string, string> }>();
  /**
   * A project whose `_site/` an earlier build published: every case starts from it. `pages` more
   * pages give Pagefind work enough that a test sees its process before it ends.
   */
  const withPublishedSite = async (pages = 0): Promise<{ project: ProjectCopy; digest: Record<string, string> }> => {
    const copy = () => {
      const project = projectCopy("clean", { editable: pages > 0 });
      for (let n = 1; n <= pages; n++)
        writeFileSync(
          path.join(project.root, "content/fr/guide", `page-${n}.md`),
          `---\ntitle: Page ${n}\neleventyNavigation:\n    key: Page ${n}\n    parent: Guide d’essai\n    order: ${n + 10}\n---\n\n${"Un paragraphe à indexer pour la recherche. ".repeat(40)}\n`,
        );
      return project;
    };
    let earlier = published.get(pages);
    if (!earlier) {
      const project = copy();
      const build = startBuild(project);
      assert.equal(await build.exited, 0, build.output());
      earlier = { project, digest: folderDigest(project.site) };
      published.set(pages, earlier);
    }
    const project = copy();
    project.copySiteFrom(earlier.project);
    return { project, digest: earlier.digest };
  };
  /** Starts a build, stops it with `stop` once `ready` says so, and waits until none of its processes is left. */
  const stopped = async (
    ready: (build: BuildProcess) => unknown,
    stop: (build: BuildProcess) => void,
    pages = 0,
  ): Promise<{ project: ProjectCopy; build: BuildProcess; code: number; digest: Record<string, string> }> => {
    const { project, digest } = await withPublishedSite(pages);
    const build = startBuild(project);
    let ended = false;
    void build.exited.then(() => (ended = true));
    await waitFor(
      "l’étape attendue de la construction",
      () => {
        if (ended) throw new Error(`la construction s’est terminée avant l’étape attendue :\n${build.output()}`);
        return ready(build);
      },
      // A loaded machine (the whole test run beside it) may take long to get there.
      180,
    );
    stop(build);
    const code = await build.exited;
    await waitFor("la fin de tous les processus de la construction", () => build.processes().length === 0, 20);
    return { project, build, code, digest };
  };

  it("Ctrl-C while the pages render: the old site as it was, no folder nor lock left, exit code 130", async () => {
    const { project, build, code, digest } = await stopped(renderingProcess, (run) =>
      process.kill(-run.npm.pid!, "SIGINT"),
    );
    assert.equal(code, 130, build.output());
    assert.match(build.output(), /La construction a été interrompue \(signal SIGINT\) : _site\/ n’a pas été modifié\./);
    assert.deepEqual(folderDigest(project.site), digest);
    assert.deepEqual(project.leftovers(), []);
  });

  it("SIGTERM to the build while Pagefind indexes: Pagefind stops too, the old site stays, exit code 143", async () => {
    const { project, build, code, digest } = await stopped(
      pagefindProcess,
      (run) => process.kill(buildNodeProcess(run)!.pid, "SIGTERM"),
      PAGEFIND_PAGES,
    );
    assert.equal(code, 143, build.output());
    assert.deepEqual(folderDigest(project.site), digest);
    assert.deepEqual(project.leftovers(), []);
  });

  it("kill -9 of the build while it renders: its rendering process stops with it, the next build removes what is left", async () => {
    const { project, digest } = await stopped(renderingProcess, (run) =>
      process.kill(buildNodeProcess(run)!.pid, "SIGKILL"),
    );
    assert.deepEqual(folderDigest(project.site), digest);
    const [lock, staging, ...others] = project.leftovers().sort();
    assert.equal(lock, "_site.lock");
    assert.match(staging ?? "", /^_site\.tmp-\d+$/);
    assert.deepEqual(others, []);
    const next = startBuild(project);
    assert.equal(await next.exited, 0, next.output());
    assert.deepEqual(project.leftovers(), []);
  });

  it("kill -9 of the rendering process: the build says so, publishes nothing and leaves nothing", async () => {
    const { project, build, code, digest } = await stopped(renderingProcess, (run) =>
      process.kill(renderingProcess(run)!.pid, "SIGKILL"),
    );
    assert.equal(code, 1);
    assert.match(
      build.output(),
      /la construction des pages s’est interrompue \(processus interrompu par le signal SIGKILL\)/,
    );
    assert.deepEqual(folderDigest(project.site), digest);
    assert.deepEqual(project.leftovers(), []);
  });

  it("kill -9 of npm while Pagefind indexes: the build notices that its command is gone and stops cleanly", async () => {
    const { project, digest } = await stopped(pagefindProcess, (run) => run.npm.kill("SIGKILL"), PAGEFIND_PAGES);
    assert.deepEqual(folderDigest(project.site), digest);
    assert.deepEqual(project.leftovers(), []);
  });

  it("a second build while one runs is refused with the first one's process, and the first publishes", async () => {
    const { project } = await withPublishedSite();
    const first = startBuild(project);
    const running = await waitFor("la première construction", () => buildNodeProcess(first));
    await waitFor("son verrou", () => project.leftovers().includes("_site.lock"));
    const second = startBuild(project);
    assert.equal(await second.exited, 1);
    assert.match(
      second.output(),
      new RegExp(`_site/ est déjà en cours d’écriture par npm run build \\(processus ${running.pid}\\) — attendez`),
    );
    assert.equal(await first.exited, 0, first.output());
    assert.deepEqual(project.leftovers(), []);
  });
});

describe("the processes a build stops with", () => {
  /** `launcherAncestors()` of a Node process run by `sh -c`, itself started by `program`. */
  const ancestorsUnder = (program: string, args: string[]) => {
    const module = JSON.stringify(path.resolve("lib/pipeline/interruptions.ts"));
    const script = `import(${module}).then((m) => console.log(JSON.stringify(m.launcherAncestors())))`;
    // `; true`: the shell waits for Node instead of becoming it.
    const shell = `${process.execPath} --import tsx --input-type=module -e '${script}'; true`;
    return JSON.parse(spawnSync(program, [...args, shell], { encoding: "utf8" }).stdout) as number[];
  };

  it("are the launchers that started it (a shell's -c, tsx, npm, node), up to the first that is something else", () => {
    const ancestors = ancestorsUnder("sh", ["-c", 'sh -c "$0"']);
    // Node's shell, the shell that started it, then this test's own Node process.
    assert.equal(ancestors.length >= 3, true, String(ancestors));
    assert.equal(ancestors[2], process.pid);
  });

  it("stop at a program that is no launcher, such as an editor's task runner", () => {
    const ancestors = ancestorsUnder("python3", [
      "-c",
      "import subprocess, sys; subprocess.run(['sh', '-c', sys.argv[1]])",
    ]);
    assert.equal(ancestors.length, 1, "the shell only: Python started it");
  });
});

describe("the signals a build is stopped by", () => {
  const interrupt = () => (process.emit as (event: string, signal: string) => boolean)("SIGINT", "SIGINT");

  it("count one Ctrl-C passed on again by a launcher as one interruption, and a later one as a second", (t) => {
    const exit = t.mock.method(process, "exit", () => undefined as never);
    const now = t.mock.method(Date, "now", () => 1_000);
    const interruptions = watchInterruptions();
    try {
      interrupt();
      interrupt();
      assert.equal(interruptionOf(interruptions.signal)?.exitCode, 130);
      assert.equal(exit.mock.callCount(), 0, "the same Ctrl-C, relayed by tsx");
      now.mock.mockImplementation(() => 2_500);
      interrupt();
      assert.deepEqual(exit.mock.calls[0]?.arguments, [130]);
    } finally {
      interruptions.dispose();
      mock.restoreAll();
    }
  });
});
