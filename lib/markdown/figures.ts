import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { figureHtml, figureImageClasses } from "../images/picture-html.ts";
import { frenchTypography } from "./french-typography.ts";

/**
 * An image with a title, `![Texte alternatif](/img/….png "Légende")`, is a figure: the DSFR's
 * `<figure>` with the title as its visible caption (`<figcaption>`) rather than as a tooltip few
 * readers ever see. A figure cannot sit inside a paragraph: the text around it in the same
 * paragraph becomes a paragraph before it and one after. Images without a title are left as they are.
 */
export function figures(md: MarkdownIt): void {
  md.core.ruler.push("figures", (state) => splitParagraphs(state));
  md.renderer.rules.figure = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    return `${figureHtml(self.renderInline(token.children ?? [], options, env), token.meta.caption)}\n`;
  };
}

function splitParagraphs(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = tokens.length - 2; index > 0; index--) {
    const inline = tokens[index]!;
    const open = tokens[index - 1]!;
    if (inline.type !== "inline" || open.type !== "paragraph_open" || !inline.children?.some(isCaptioned)) continue;
    tokens.splice(index - 1, 3, ...paragraphsAndFigures(state, open, inline, tokens[index + 1]!));
  }
}

/** The paragraph's children cut at each captioned image: the text runs stay paragraphs, the images become figures. */
function paragraphsAndFigures(state: StateCore, open: Token, inline: Token, close: Token): Token[] {
  const result: Token[] = [];
  let run: Token[] = [];
  let linkDepth = 0;
  const endRun = () => {
    const children = trimBreaks(run);
    run = [];
    if (children.length === 0) return;
    const text = new state.Token("inline", "", 0);
    Object.assign(text, { children, map: inline.map, level: inline.level, content: inline.content });
    result.push(open, text, close);
  };
  for (const child of inline.children!) {
    if (child.type === "link_open") linkDepth++;
    if (child.type === "link_close") linkDepth--;
    // An image inside a link stays there: a figure would break the link in two.
    if (linkDepth > 0 || !isCaptioned(child)) {
      run.push(child);
      continue;
    }
    endRun();
    result.push(figureToken(state, child, open));
  }
  endRun();
  // A paragraph token can appear once per paragraph: its copies get copies of their own.
  return result.map((token, position) => (result.indexOf(token) === position ? token : copy(state, token)));
}

function figureToken(state: StateCore, image: Token, paragraph: Token): Token {
  const caption = frenchTypography(image.attrGet("title")!.trim());
  image.attrs = (image.attrs ?? []).filter(([name]) => name !== "title");
  image.attrSet("class", figureImageClasses(image.attrGet("class") ?? undefined));
  const figure = new state.Token("figure", "figure", 0);
  Object.assign(figure, { block: true, children: [image], map: paragraph.map, level: paragraph.level });
  figure.meta = { caption };
  return figure;
}

function isCaptioned(token: Token): boolean {
  return token.type === "image" && Boolean(token.attrGet("title")?.trim());
}

/** A run of text without the line breaks and spaces that joined it to an image. */
function trimBreaks(children: Token[]): Token[] {
  const trimmed = [...children];
  const isBreak = (token: Token | undefined) =>
    token?.type === "softbreak" || token?.type === "hardbreak" || (token?.type === "text" && !token.content.trim());
  while (isBreak(trimmed[0])) trimmed.shift();
  while (isBreak(trimmed[trimmed.length - 1])) trimmed.pop();
  return trimmed;
}

function copy(state: StateCore, token: Token): Token {
  return Object.assign(new state.Token(token.type, token.tag, token.nesting), token, {
    attrs: token.attrs && [...token.attrs],
  });
}
