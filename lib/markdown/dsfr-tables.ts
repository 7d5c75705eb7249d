import type { MarkdownIt } from "markdown-it";

/** Wraps Markdown tables in the DSFR table structure (https://www.systeme-de-design.gouv.fr/composants-et-modeles/composants/tableau). */
export function dsfrTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = () =>
    '<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">\n<table>\n';
  md.renderer.rules.table_close = () => "</table>\n</div></div></div></div>\n";
}
