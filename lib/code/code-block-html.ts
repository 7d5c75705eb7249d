import type { HighlightedCode } from "./highlight-code.ts";

/**
 * A code block: a header with the language's name, where public/js/copy-code.js puts the
 * « Copier » button (one copy per page of the base layout's template: no script, no button),
 * then the code. The `<pre>` is focusable so that a keyboard can scroll a long line (axe:
 * scrollable-region-focusable). The header is kept out of the search index: it is not content.
 */
export function codeBlockHtml(code: HighlightedCode): string {
  const label = code.label ? `<p class="frx-code__lang">${code.label}</p>` : "";
  const language = code.language ? ` class="language-${code.language}"` : "";
  return (
    `<div class="frx-code" data-frx-code>` +
    `<div class="frx-code__header" data-pagefind-ignore>${label}</div>` +
    `<pre class="frx-code__pre" tabindex="0"><code${language}>${code.html}</code></pre>` +
    `</div>\n`
  );
}
