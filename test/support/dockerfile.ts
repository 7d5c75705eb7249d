import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/pipeline/build-site.ts";

export const DOCKERFILE = path.join(PROJECT_ROOT, "deploy/Dockerfile");

/**
 * The stages of a Dockerfile and their instructions, as Docker reads them: comment lines left
 * out, lines ending with `\` joined. https://docs.docker.com/reference/dockerfile/#format
 */
export function readDockerfile(file = DOCKERFILE): DockerStage[] {
  const stages: DockerStage[] = [];
  const logical = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join("\n")
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((line) => line.trim());
  for (const line of logical) {
    const [, keyword, args = ""] = /^\s*(\w+)\s+(.*)$/.exec(line) ?? [];
    if (!keyword) throw new Error(`ligne illisible dans ${file} : ${line}`);
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim().replace(/\s+/g, " ") };
    if (instruction.keyword === "FROM") {
      const [image, as, name] = instruction.args.split(" ");
      if (!image) throw new Error(`${file} : FROM sans image`);
      stages.push({ image, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`${file} : ${keyword} avant le premier FROM`);
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return stages;
}

/**
 * The two stages of deploy/Dockerfile: the first, which builds the site, and the last, the image
 * `docker build` produces. Throws if the Dockerfile has fewer than two stages.
 */
export function readDockerStages(file = DOCKERFILE): { build: DockerStage; image: DockerStage } {
  const stages = readDockerfile(file);
  const [build] = stages;
  const image = stages.at(-1);
  if (!build || !image || stages.length < 2)
    throw new Error(`${file} : ${stages.length} étape(s), il en faut deux (la construction du site, puis l'image)`);
  return { build, image };
}

/** The arguments of each instruction of a stage with that keyword. */
export function argsOf(stage: DockerStage, keyword: string): string[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === keyword)
    .map((instruction) => instruction.args);
}

/** The commands of a stage's RUN instructions, split at `&&`, without the RUN's own options (`--mount=…`). */
export function commandsOf(stage: DockerStage): string[] {
  return argsOf(stage, "RUN").flatMap((run) =>
    run
      .replace(/^(--\S+\s+)+/, "")
      .split("&&")
      .map((command) => command.trim()),
  );
}

/** The exec form (`["nginx", …]`) of a stage's CMD. */
export function imageCommand(stage: DockerStage): string[] {
  const [args] = argsOf(stage, "CMD");
  if (args === undefined) throw new Error(`aucun CMD dans l'étape ${stage.name ?? stage.image}`);
  return JSON.parse(args) as string[];
}

/** The URL a stage's HEALTHCHECK fetches (`HEALTHCHECK … CMD ["curl", …, "http://…"]`). */
export function healthCheckUrl(stage: DockerStage): string {
  const [args = ""] = argsOf(stage, "HEALTHCHECK");
  const command = JSON.parse(args.slice(args.indexOf("CMD ") + 4)) as string[];
  const url = command.find((arg) => arg.startsWith("http://"));
  if (!url) throw new Error(`aucune adresse dans HEALTHCHECK ${args}`);
  return url;
}

export interface DockerStage {
  /** `node:20-bookworm` */
  image: string;
  /** The name given by `FROM … AS name`. */
  name?: string;
  instructions: { keyword: string; args: string }[];
}
