import type { HighlightedCode } from "./highlight-code.ts";

/**
 * A code block: a header with the language's name and a « Copier » button, then the code. The
 * button is hidden until public/js/copy-code.js finds a clipboard to write to (no script, no
 * button); the status beside it is the live region that says « Code copié » to screen readers.
 * The `<pre>` is focusable so that a keyboard can scroll a long line (axe:
 * scrollable-region-focusable). The header is kept out of the search index: it is not content.
 */
export function codeBlockHtml(code: HighlightedCode): string {
  const label = code.label ? `<p class="frx-code__lang">${code.label}</p>` : "";
  const language = code.language ? ` class="language-${code.language}"` : "";
  return (
    `<div class="frx-code" data-frx-code>` +
    `<div class="frx-code__header" data-pagefind-ignore>${label}${COPY_BUTTON}</div>` +
    `<pre class="frx-code__pre" tabindex="0"><code${language}>${code.html}</code></pre>` +
    `</div>\n`
  );
}

const COPY_BUTTON =
  `<button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-btn--icon-left fr-icon-clipboard-line frx-code__copy" hidden>` +
  `Copier<span class="fr-sr-only"> le code</span></button>` +
  `<span class="fr-sr-only" role="status"></span>`;
