import type { ParsedPage } from "./html-page.ts";
import { KeptStrings } from "./kept-strings.ts";

/**
 * What the pages of one site share as the checks read them, for one reading of the site: the
 * strings kept from them, and the header and footer every page repeats (a fifth and a seventh of
 * a page's text, in a few versions for the whole site), each read once by its text.
 */
export class SiteReading {
  readonly strings = new KeptStrings();
  /** A header or footer by its text: what reading it gave, or null when it cannot be read apart from its page. */
  readonly regions = new Map<string, ReadState | null>();
}

/** What the reading of a page, or of a region apart from its page, has found so far. */
export interface ReadState {
  page: ParsedPage;
  /** Where the figure being read ends: its images say they have a caption. */
  figureEnd: number;
  /** For a region read apart: its ids in their order, `checked` for an `id` (an `<a name>` is never a duplicate). */
  idLog?: { id: string; checked: boolean }[];
}
