import type { MarkdownIt } from "markdown-it";
import { codeBlockHtml } from "../code/code-block-html.ts";
import { acceptedLanguageNames, CODE_LANGUAGES } from "../code/code-languages.ts";
import { highlightCode } from "../code/highlight-code.ts";
import { closest } from "../shared/closest.ts";
import { type FenceOpening, fenceOpenings } from "./fence-openings.ts";

/**
 * Code fences: coloured at build time (lib/code/), each with its language's name; a ```` mermaid ````
 * fence goes to `diagram`, which draws it; a language nobody knows is shown as plain text and
 * reported with the fence's line. The line is looked up in the page's source (`sourceOf`): the
 * text markdown-it reads has lost the front matter and went through Nunjucks, so its own lines are
 * not the file's. The n-th fence opened by ```` ```json ```` in the rendering is the n-th in the source.
 */
export function codeFences(md: MarkdownIt, options: CodeFenceOptions): void {
  const pages = new WeakMap<object, { openings: FenceOpening[]; seen: Map<string, number> }>();
  md.renderer.rules.fence = (tokens, index, _options, env: object) => {
    const token = tokens[index]!;
    const lang = token.info.trim().split(/\s+/)[0] ?? "";
    const lineOfFence = () => {
      let page = pages.get(env);
      if (!page) pages.set(env, (page = { openings: fenceOpenings(options.sourceOf(env) ?? ""), seen: new Map() }));
      const opening = `${token.markup}${token.info.trim()}`;
      const occurrence = (page.seen.get(opening) ?? 0) + 1;
      page.seen.set(opening, occurrence);
      return page.openings.filter((candidate) => candidate.opening === opening)[occurrence - 1]?.line;
    };
    if (lang.toLowerCase() === "mermaid") return options.diagram(token.content, { env, line: lineOfFence() });
    const code = highlightCode(token.content, lang);
    if (code.unknownLanguage) options.report(unknownLanguage(code.unknownLanguage), { env, line: lineOfFence() });
    return codeBlockHtml(code);
  };
}

/** In French, for editors: what is wrong and how to fix it, with the closest known name (a language's own first). */
function unknownLanguage(name: string): FenceProblem {
  const languages = Object.keys(CODE_LANGUAGES);
  const suggestion = closest(name, languages) ?? closest(name, acceptedLanguageNames());
  return {
    message: `langage « ${name} » inconnu après \`\`\` : le bloc est affiché sans coloration`,
    fix: `${suggestion ? `vouliez-vous dire « ${suggestion} » ? ` : ""}langages reconnus : ${languages.join(", ")} ; « plain » pour du texte sans coloration`,
  };
}

export interface CodeFenceOptions {
  /** Renders a ```` mermaid ```` fence (its content, without the fences). */
  diagram(source: string, site: FenceSite): string;
  /** Records a problem of a fence. */
  report(problem: FenceProblem, site: FenceSite): void;
  /** The source of the page markdown-it renders (its file as the editor wrote it). */
  sourceOf(env: object): string | undefined;
}

export interface FenceSite {
  /** markdown-it's environment: Eleventy puts the page's data there. */
  env: object;
  /** The fence's opening line in the page's source, when found. */
  line?: number;
}

export interface FenceProblem {
  message: string;
  fix: string;
}
