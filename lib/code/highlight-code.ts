import { createRequire } from "node:module";
import Prism from "prismjs";
import { escapeHtml } from "../shared/escape-html.ts";
import { resolveLanguage } from "./code-languages.ts";
import { ROLE_OF_PRISM_TYPE, roleClass, type TokenRole } from "./token-roles.ts";

/**
 * Colours a code block at build time with Prism's grammars, printed as the site's role classes
 * (token-roles.ts) rather than Prism's `token keyword` pairs: one class per token, no `style`.
 * Synchronous, as markdown-it's rendering is. Plain text and unknown languages come back escaped,
 * uncoloured; an unknown one is named in the result so that the caller can warn.
 */
export function highlightCode(code: string, lang: string): HighlightedCode {
  const resolved = resolveLanguage(lang);
  const source = code.replace(/\n$/, "");
  const grammar = resolved.kind === "known" ? grammarOf(resolved.language.prism) : undefined;
  if (resolved.kind !== "known" || !grammar)
    return { html: escapeHtml(source), ...(resolved.kind === "unknown" && { unknownLanguage: resolved.name }) };
  const tokens = tokenize(source, grammar, resolved.language.prism);
  return { html: renderTokens(tokens, undefined), language: resolved.id, label: resolved.language.label };
}

/** A grammar, loaded into Prism's registry the first time a block needs it (Prism's loader is CommonJS). */
function grammarOf(id: string): Prism.Grammar | undefined {
  if (!Prism.languages[id]) {
    loadLanguages ??= createRequire(import.meta.url)("prismjs/components/index.js") as (ids: string[]) => void;
    loadLanguages([id]);
  }
  return Prism.languages[id];
}

let loadLanguages: ((ids: string[]) => void) | undefined;

/** Prism.highlight without its printing: its hooks let templating grammars (Nunjucks) embed HTML. */
function tokenize(code: string, grammar: Prism.Grammar, language: string): Prism.TokenStream {
  const env: Prism.hooks.RequiredEnvironment<"code" | "grammar" | "language"> & { tokens?: Prism.TokenStream } = {
    code,
    grammar,
    language,
  };
  Prism.hooks.run("before-tokenize", env);
  env.tokens = Prism.tokenize(env.code, env.grammar);
  Prism.hooks.run("after-tokenize", env);
  return env.tokens;
}

/** Nested tokens keep their parent's role unless they have one of their own. */
function renderTokens(stream: Prism.TokenStream, inherited: TokenRole | undefined): string {
  if (typeof stream === "string") return escapeHtml(stream);
  if (Array.isArray(stream)) return stream.map((part) => renderTokens(part, inherited)).join("");
  const role = roleOf(stream) ?? inherited;
  const html = renderTokens(stream.content, role);
  // A span only where the role changes: the text inside a string token needs no second one.
  return role && role !== inherited && html ? `<span class="${roleClass(role)}">${html}</span>` : html;
}

function roleOf(token: Prism.Token): TokenRole | undefined {
  for (const name of [token.type, ...[token.alias ?? []].flat()]) {
    const role = ROLE_OF_PRISM_TYPE[name];
    if (role) return role;
  }
  return undefined;
}

export interface HighlightedCode {
  /** The code as HTML: escaped text and `<span class="frx-tk-…">`, nothing else. */
  html: string;
  /** The language's id (`json`), absent for plain text. */
  language?: string;
  /** The language's name for readers (« JSON »), absent for plain text. */
  label?: string;
  /** The fence's language when no grammar knows it: the block is shown as plain text. */
  unknownLanguage?: string;
}
