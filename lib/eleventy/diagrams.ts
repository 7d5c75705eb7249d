import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { error } from "../checks/finding.ts";
import { pruneDiagramCache } from "../diagrams/diagram-cache.ts";
import { diagramFigureHtml } from "../diagrams/diagram-figure-html.ts";
import type { DiagramRequest } from "../diagrams/diagram-request.ts";
import { mermaidErrorMessage } from "../diagrams/mermaid-error-message.ts";
import { readMermaidHeader } from "../diagrams/mermaid-header.ts";
import { BrowserUnavailable, createMermaidRenderer, type MermaidRenderer } from "../diagrams/mermaid-renderer.ts";
import type { FenceSite } from "../markdown/code-fences.ts";
import type { BuildContext } from "../pipeline/build-context.ts";
import { escapeHtml } from "../shared/escape-html.ts";

/**
 * Mermaid diagrams drawn at build time. The Markdown leaves a mark where each diagram goes
 * (`diagramMark`); once a page is rendered, this plugin's transform draws its diagrams and puts
 * them in place (lib/diagrams/), or reports Mermaid's error on the diagram's line. Drawings are
 * cached in `.cache/diagrams/` (`AIDE_DIAGRAM_CACHE`): Chromium (`CHROMIUM_PATH`, Debian's
 * `/usr/bin/chromium` by default) starts only for a diagram the cache does not have, so a site
 * without diagrams, or whose diagrams have not changed, never needs it.
 */
export default function diagramsPlugin(eleventyConfig: UserConfig, { build }: { build: BuildContext }): void {
  const cacheDir = process.env.AIDE_DIAGRAM_CACHE ?? ".cache/diagrams";
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  let renderer: MermaidRenderer | undefined;

  eleventyConfig.addTransform("diagrams", async function (this: { page: { inputPath: string } }, content: unknown) {
    // Most pages have no diagram: they are not searched for marks.
    if (build.diagrams.size === 0 || typeof content !== "string" || !hasDiagrams(build, this.page.inputPath))
      return content;
    const marks = [...content.matchAll(MARK)].map((match) => match[1]!);
    const drawn = new Map<string, string>();
    renderer ??= createMermaidRenderer({ cacheDir, chromium });
    for (const mark of marks) {
      const request = build.diagrams.get(mark);
      drawn.set(mark, request ? await draw(build, renderer, request) : "");
    }
    return content.replace(MARK, (_, mark: string) => drawn.get(mark) ?? "");
  });

  // The dev server keeps its browser between rebuilds; a build closes it, and forgets old drawings.
  build.onWrite(async ({ runMode }) => {
    if (runMode !== "build") return;
    await renderer?.close();
    if (renderer) pruneDiagramCache(cacheDir, UNUSED_DAYS);
  });
}

/**
 * What the Markdown writes in place of a ```` mermaid ```` fence: the figure the transform fills
 * (its classes already there, so that the page links the DSFR's stylesheet for it). A diagram
 * without a title has no accessible name: an error, as an image without alt text.
 */
export function diagramMark(build: BuildContext): (source: string, site: FenceSite) => string {
  return (source, site) => {
    const page = (site.env as { page?: { url?: string; inputPath?: string } }).page ?? {};
    const file = path.relative(".", page.inputPath ?? "");
    const { title, accessibleTitle } = readMermaidHeader(source);
    const mark = String(build.diagrams.size + 1);
    const id = build.pageIds.next(page.url ?? "", "diagramme");
    build.diagrams.set(mark, { source, id, title, accessibleTitle, file, line: site.line });
    if (!title && !accessibleTitle)
      build.report(
        error(
          "diagram-name",
          file,
          "diagramme sans titre : les lecteurs d’écran n’ont rien à annoncer",
          "ajoutez en tête du bloc un en-tête « --- », « title: Ce que montre le diagramme », « --- » (affiché en légende)",
          site.line,
        ),
      );
    return `<figure class="fr-content-media frx-diagram" ${MARK_ATTRIBUTE}="${mark}"></figure>\n`;
  };
}

function hasDiagrams(build: BuildContext, inputPath: string): boolean {
  const file = path.relative(".", inputPath);
  for (const request of build.diagrams.values()) if (request.file === file) return true;
  return false;
}

async function draw(build: BuildContext, renderer: MermaidRenderer, request: DiagramRequest): Promise<string> {
  try {
    const result = await renderer.render(request.source);
    if ("svg" in result) return diagramFigureHtml({ ...request, svg: result.svg });
    const { message, fix } = mermaidErrorMessage(result.error, result.line);
    const line = request.line !== undefined ? request.line + (result.line ?? 0) : undefined;
    build.report(error("diagram-syntax", request.file, message, fix, line));
    return errorHtml(`${message} — ${fix}`);
  } catch (cause) {
    if (!(cause instanceof BrowserUnavailable)) throw cause;
    const message = `diagramme Mermaid non dessiné : ${cause.message}`;
    const fix =
      "installez le paquet Debian « chromium » (sudo apt-get install chromium) ou donnez le chemin d’un Chromium dans CHROMIUM_PATH ; « npm ci » installe playwright-core";
    build.report(error("diagram-browser", request.file, message, fix, request.line));
    return errorHtml(`${message} — ${fix}`);
  }
}

function errorHtml(text: string): string {
  return `<div class="fr-alert fr-alert--error fr-alert--sm" data-pagefind-ignore><p>${escapeHtml(text)}</p></div>\n`;
}

const MARK_ATTRIBUTE = "data-frx-diagram";
const MARK = /<figure class="fr-content-media frx-diagram" data-frx-diagram="(\d+)"><\/figure>\n?/g;
/** Drawings no build has used for this long are removed from the cache. */
const UNUSED_DAYS = 30;
