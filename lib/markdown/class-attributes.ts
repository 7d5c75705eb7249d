import type { MarkdownIt, StateCore, Token } from "markdown-it";

/**
 * A class written without its dot in braces (`{fr-responsive-img .frx-border-img}`) becomes an
 * empty attribute `fr-responsive-img=""` under markdown-it-attrs: the image silently loses the
 * class. Any attribute named like a DSFR or site class (`fr-…`, `frx-…`) is taken as the class the
 * editor meant, and reported so that the source gets its dot.
 */
export function classAttributes(md: MarkdownIt, report: (misspelt: MisspeltClass, env: unknown) => void): void {
  md.core.ruler.after("curly_attributes", "class_attributes", (state: StateCore) => {
    for (const token of state.tokens) {
      fix(token, state.env, report);
      for (const child of token.children ?? []) fix(child, state.env, report);
    }
  });
}

function fix(token: Token, env: unknown, report: (misspelt: MisspeltClass, env: unknown) => void): void {
  if (!token.attrs?.some(([name]) => CLASS_NAME.test(name))) return;
  const classes: string[] = [];
  token.attrs = token.attrs.filter(([name, value]) => {
    if (!CLASS_NAME.test(name) || value !== "") return true;
    classes.push(name);
    return false;
  });
  for (const name of classes) {
    token.attrJoin("class", name);
    report({ name, element: token.tag }, env);
  }
}

/** A DSFR class (`fr-…`) or one of the site's (`frx-…`), never an HTML attribute. */
const CLASS_NAME = /^frx?-[a-z0-9_-]+$/;

export interface MisspeltClass {
  /** The class, as written without its dot: `fr-responsive-img`. */
  name: string;
  /** The element it was written on: `img`, `a`, `p`… */
  element: string;
}
