import type { MarkdownIt } from "markdown-it";

/**
 * Wraps Markdown tables in the DSFR table structure (https://www.systeme-de-design.gouv.fr/composants-et-modeles/composants/tableau).
 * A table wider than the screen scrolls inside its container: the container takes the focus, so
 * that keyboard users can scroll it too (WCAG 2.1.1), and is a named region for screen readers.
 */
export function dsfrTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = () =>
    '<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="Tableau"><div class="fr-table__content">\n<table>\n';
  md.renderer.rules.table_close = () => "</table>\n</div></div></div></div>\n";
}
