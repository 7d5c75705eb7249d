/** A diagram met in a page's Markdown, waiting to be drawn once the page is rendered. */
export interface DiagramRequest {
  /** The fence's content, as the editor wrote it. */
  source: string;
  /** The figure's id, unique in the page. */
  id: string;
  /** The header's `title`: the caption. */
  title?: string;
  /** Mermaid's `accTitle`. */
  accessibleTitle?: string;
  /** The page's source file and the fence's opening line there. */
  file: string;
  line?: number;
}
