import { isMap, isScalar, parseDocument } from "yaml";

/**
 * Mermaid reads a YAML header at the top of a diagram (`---\ntitle: …\n---`). The site takes the
 * title out and shows it as the figure's caption and accessible name, rather than letting Mermaid
 * draw it inside the picture. The title's lines are blanked, not removed, so that Mermaid's error
 * lines still match the fence's; the header's other keys (`config:`…) still reach Mermaid.
 */
export function readMermaidHeader(source: string): MermaidSource {
  const header = HEADER.exec(source);
  const accessibleTitle = ACC_TITLE.exec(source)?.[1]?.trim();
  const withName = { ...(accessibleTitle && { accessibleTitle }) };
  if (!header) return { body: source, headerLines: 0, ...withName };
  const headerLines = header[0].split("\n").length - (header[0].endsWith("\n") ? 1 : 0);
  const yamlText = header[1]!;
  const document = parseDocument(yamlText);
  const pair =
    document.errors.length === 0 && isMap(document.contents)
      ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === "title")
      : undefined;
  if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range)
    return { body: source, headerLines, ...withName };
  const start = pair.key.range[0];
  const end = pair.value.range[2];
  const blanked = yamlText.slice(0, start) + yamlText.slice(start, end).replace(/[^\n]/g, "") + yamlText.slice(end);
  const headerStart = header[0].indexOf(yamlText);
  const title = String(pair.value.value).trim();
  return {
    body: source.slice(0, headerStart) + blanked + source.slice(headerStart + yamlText.length),
    headerLines,
    ...(title && { title }),
    ...withName,
  };
}

const HEADER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** Mermaid's own accessible title (https://mermaid.js.org/config/accessibility.html), on a line of its own. */
const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*(.+)$/m;

export interface MermaidSource {
  /** The diagram for Mermaid, on the same lines as in the fence. */
  body: string;
  /** Lines of the `---` header, both `---` included (0 without one): Mermaid counts its lines after it. */
  headerLines: number;
  /** The header's `title`, shown as the caption. */
  title?: string;
  /** `accTitle: …`, the name Mermaid gives the picture for screen readers. */
  accessibleTitle?: string;
}
