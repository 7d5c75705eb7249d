import type { MarkdownIt, StateBlock, StateCore, Token } from "markdown-it";
import { titleTagUnder } from "../components/heading-level.ts";
import { closest } from "../shared/closest.ts";
import type { ContainerDefinition, ContainerOpening, ContainerProblem } from "./define-container.ts";

/**
 * Markdown containers: `:::info Titre` … `:::`, `??? Titre` … `???` and the others the definitions
 * declare. Containers nest (a closing line closes the innermost open one); each becomes the
 * component its definition names, rendered by `render` with its content as HTML, so that a
 * container and a `component()` call give the same markup.
 */
export function dsfrContainers(md: MarkdownIt, options: ContainerOptions): void {
  const markers = new Set(options.definitions.map((definition) => definition.marker));
  md.block.ruler.before(
    "fence",
    "dsfr_container",
    (state, startLine, endLine, silent) => containerBlock(state, startLine, endLine, silent, markers),
    {
      alt: ["paragraph", "reference", "blockquote", "list"],
    },
  );
  md.core.ruler.push("dsfr_containers", (state) => renderContainers(md, state, options));
}

/** Block rule: the opening line, every line up to the matching closing line, parsed as Markdown inside. */
function containerBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
  markers: Set<string>,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const opening = markerLine(lineAt(state, startLine));
  if (!opening?.rest || !markers.has(opening.char)) return false;
  if (silent) return true;

  // The marker counts of the containers open at this point: a closing line closes the innermost
  // one if it has at least as many markers (`????` closes `???` and `????`, `???` does not close `????`).
  const open = [opening.count];
  const shortClosings: number[] = [];
  let fence: string | undefined;
  let line = startLine;
  while (++line < endLine) {
    const text = lineAt(state, line);
    if (text.trim() && state.sCount[line]! < state.blkIndent) break;
    const fenceMarker = /^(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (fenceMarker?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMarker) fence = fenceMarker[0]!.repeat(3);
    const marker = markerLine(text);
    if (marker?.char !== opening.char) continue;
    if (marker.rest) open.push(marker.count);
    else if (marker.count >= open.at(-1)!) open.pop();
    else shortClosings.push(line - startLine);
    if (open.length === 0) break;
  }
  const closed = open.length === 0;

  const token = state.push("dsfr_container_open", "div", 1);
  token.block = true;
  token.markup = opening.char;
  token.info = opening.rest;
  token.map = [startLine, line];
  token.meta = { source: lineAt(state, startLine).trim(), closed, shortClosings } satisfies ContainerMeta;
  const { parentType, lineMax } = state;
  state.lineMax = line;
  state.md.block.tokenize(state, startLine + 1, line);
  state.parentType = parentType;
  state.lineMax = lineMax;
  state.push("dsfr_container_close", "div", -1).block = true;
  state.line = closed ? line + 1 : line;
  return true;
}

/** Core rule: each top-level container becomes one HTML block, its component's markup. */
function renderContainers(md: MarkdownIt, state: StateCore, options: ContainerOptions): void {
  if (!state.tokens.some((token) => token.type === "dsfr_container_open")) return;
  // A page that shows Markdown under one of its own headings says so (`componentHeadingLevel`).
  const level = Number((state.env as MarkdownEnv).componentHeadingLevel ?? 1);
  const context: RenderContext = { md, options, env: state.env as MarkdownEnv, level, seen: new Map() };
  const tokens: Token[] = [];
  for (let index = 0; index < state.tokens.length; index++) {
    const token = state.tokens[index]!;
    trackHeading(token, context);
    if (token.type !== "dsfr_container_open") {
      tokens.push(token);
      continue;
    }
    const close = matchingClose(state.tokens, index);
    const block = new state.Token("html_block", "", 0);
    block.content = renderContainer(state.tokens, index, close, context);
    block.map = token.map;
    tokens.push(block);
    index = close;
  }
  state.tokens.splice(0, state.tokens.length, ...tokens);
}

function renderContainer(tokens: Token[], open: number, close: number, context: RenderContext): string {
  // Headings inside a container do not change the level of what follows it.
  const level = context.level;
  try {
    return renderContainerAt(tokens, open, close, context);
  } finally {
    context.level = level;
  }
}

function renderContainerAt(tokens: Token[], open: number, close: number, context: RenderContext): string {
  const token = tokens[open]!;
  const { source, closed, shortClosings } = metaOf(token);
  const seen = (context.seen.get(source) ?? 0) + 1;
  context.seen.set(source, seen);
  const site = {
    env: context.env,
    line: context.options.lineOf(context.env, source, seen),
    titleTag: titleTagUnder(context.level),
    label: `conteneur « ${source} »`,
  };
  const problems: ContainerProblem[] = closed
    ? []
    : [
        {
          message: `conteneur « ${source} » jamais fermé`,
          fix: `ajoutez une ligne « ${token.markup.repeat(3)} » à la fin de son contenu`,
        },
      ];
  const markers = /^[:?]+/.exec(source)?.[0] ?? token.markup.repeat(3);
  const early = shortClosings
    .map((offset) =>
      context.options.report(
        {
          message: `ligne de fin trop courte pour fermer « ${source} » : une ligne de fin a au moins autant de « ${token.markup} » que celle qui ouvre`,
          fix: `écrivez « ${markers} » pour fermer ce bloc, ou ouvrez d’abord le bloc que cette ligne devait fermer`,
        },
        { ...site, line: site.line === undefined ? undefined : site.line + offset },
      ),
    )
    .join("");

  const found = findDefinition(token, context.options.definitions);
  if ("problem" in found)
    return early + context.options.report(found.problem, site) + renderRange(tokens, open + 1, close, context);
  const { definition, opening } = found;

  const reported = () => early + problems.map((problem) => context.options.report(problem, site)).join("");
  if (definition.group && opening.keyword === definition.group.keyword) {
    const members = groupMembers(tokens, open, close, definition, context, problems);
    return reported() + context.options.render(definition.component, definition.group.toParams(members), site);
  }
  const content = renderRange(tokens, open + 1, close, context).trim();
  const misuses = definition.check?.(opening, content) ?? [];
  problems.push(...misuses);
  // A container used wrongly is reported once, as such, not again by its component's checks.
  if (misuses.length > 0) return reported() + content;
  return reported() + context.options.render(definition.component, definition.toParams(opening, content), site);
}

/** The members of a group (`??? accordionsgroup`): the containers directly inside it, as parameters. */
function groupMembers(
  tokens: Token[],
  open: number,
  close: number,
  definition: ContainerDefinition,
  context: RenderContext,
  problems: ContainerProblem[],
): Record<string, unknown>[] {
  const members: Record<string, unknown>[] = [];
  let stray = false;
  for (let index = open + 1; index < close; index = endOf(tokens, index) + 1) {
    const token = tokens[index]!;
    const found = token.type === "dsfr_container_open" ? findDefinition(token, [definition]) : undefined;
    if (!found || "problem" in found || found.opening.keyword === definition.group?.keyword) {
      stray = true;
      continue;
    }
    const content = renderRange(tokens, index + 1, endOf(tokens, index), context).trim();
    problems.push(...(definition.check?.(found.opening, content) ?? []));
    members.push(definition.toParams(found.opening, content));
  }
  if (stray) {
    const item = `${definition.marker.repeat(3)} Titre`;
    problems.push({
      message: `dans « ${metaOf(tokens[open]!).source} », seuls des blocs « ${item} » sont permis`,
      fix: `mettez ce contenu dans un bloc « ${item} » ou sortez-le du groupe`,
    });
  }
  return members;
}

/** HTML of a run of tokens, the containers among them rendered as components. */
function renderRange(tokens: Token[], from: number, to: number, context: RenderContext): string {
  let html = "";
  let start = from;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    trackHeading(token, context);
    if (token.type !== "dsfr_container_open") continue;
    html += context.md.renderer.render(tokens.slice(start, index), context.md.options, context.env);
    const close = matchingClose(tokens, index);
    html += renderContainer(tokens, index, close, context);
    index = close;
    start = close + 1;
  }
  return html + context.md.renderer.render(tokens.slice(start, to), context.md.options, context.env);
}

function findDefinition(
  token: Token,
  definitions: ContainerDefinition[],
): { definition: ContainerDefinition; opening: ContainerOpening } | { problem: ContainerProblem } {
  const candidates = definitions.filter((definition) => definition.marker === token.markup);
  const [word = "", ...rest] = token.info.split(/\s+/);
  for (const definition of candidates) {
    if (!definition.keywords)
      return {
        definition,
        opening: {
          keyword: definition.group && token.info === definition.group.keyword ? token.info : undefined,
          argument: token.info,
        },
      };
    if (definition.keywords.includes(word)) return { definition, opening: { keyword: word, argument: rest.join(" ") } };
  }
  const marker = token.markup.repeat(3);
  const keywords = candidates.flatMap((definition) => definition.keywords ?? []);
  const synonym = candidates.map((definition) => definition.synonyms?.[word.toLowerCase()]).find(Boolean);
  const suggestion = synonym ?? closest(word, keywords);
  return {
    problem: {
      message: `conteneur « ${marker}${word} » inconnu`,
      fix: `${suggestion ? `vouliez-vous dire « ${marker}${suggestion} » ? ` : ""}conteneurs disponibles : ${keywords.map((keyword) => marker + keyword).join(", ")}`,
    },
  };
}

/** Index of the token that ends the block starting at `index` (itself for a token that opens nothing). */
function endOf(tokens: Token[], index: number): number {
  const token = tokens[index]!;
  if (token.type === "dsfr_container_open") return matchingClose(tokens, index);
  if (token.nesting !== 1) return index;
  const { level } = token;
  let end = index + 1;
  while (end < tokens.length && !(tokens[end]!.level === level && tokens[end]!.nesting === -1)) end++;
  return end;
}

function matchingClose(tokens: Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const { type } = tokens[index]!;
    if (type === "dsfr_container_open") depth++;
    else if (type === "dsfr_container_close" && --depth === 0) return index;
  }
  return tokens.length - 1;
}

/** Headings met so far set the level of the titles of the containers that follow. */
function trackHeading(token: Token, context: RenderContext): void {
  if (token.type === "heading_open") context.level = Number(token.tag.slice(1));
}

function metaOf(token: Token): ContainerMeta {
  return token.meta as unknown as ContainerMeta;
}

function markerLine(text: string): { char: string; count: number; rest: string } | undefined {
  const match = /^(:{3,}|\?{3,})\s*(.*?)\s*$/.exec(text);
  return match ? { char: match[1]!.charAt(0), count: match[1]!.length, rest: match[2]! } : undefined;
}

function lineAt(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

export interface ContainerOptions {
  definitions: ContainerDefinition[];
  /** Renders a component for a container. */
  render(component: string, params: Record<string, unknown>, site: ContainerSite): string;
  /** Reports a problem against the page and line; returns the HTML to show in its place in the preview. */
  report(problem: ContainerProblem, site: ContainerSite): string;
  /** 1-based line, in the page's source, of the n-th occurrence of an opening line. */
  lineOf(env: MarkdownEnv, text: string, n: number): number | undefined;
}

export interface ContainerSite {
  env: MarkdownEnv;
  line?: number;
  /** The title tag that fits where the container sits: one level under the heading above it. */
  titleTag: string;
  /** How messages name it: « conteneur « :::info Titre » ». */
  label: string;
}

/** What markdown-it passes through to rules and renderers: Eleventy's page data. */
export type MarkdownEnv = Record<string, unknown>;

interface ContainerMeta {
  /** The opening line as written. */
  source: string;
  closed: boolean;
  /** Closing lines with fewer markers than the container they would close, as offsets from its opening line. */
  shortClosings: number[];
}

interface RenderContext {
  md: MarkdownIt;
  options: ContainerOptions;
  env: MarkdownEnv;
  level: number;
  seen: Map<string, number>;
}
