import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { DSFR_VERSION } from "../dsfr/paths.ts";
import { bakeSvgInPage } from "./bake-svg.ts";
import { createDiagramCache } from "./diagram-cache.ts";
import { readMermaidHeader } from "./mermaid-header.ts";
import { MERMAID_CONFIG, mermaidVersion, openMermaidPage } from "./mermaid-page.ts";

/**
 * Draws Mermaid diagrams at build time: Mermaid itself in headless Chromium (mermaid-page.ts), its
 * styles baked into presentation attributes (bake-svg.ts), each result kept in a cache on disk
 * (diagram-cache.ts). The browser starts at the first diagram missing from the cache, so a build
 * whose diagrams have not changed starts none; diagrams are drawn one at a time in one page.
 */
export function createMermaidRenderer({ cacheDir, chromium }: MermaidRendererOptions): MermaidRenderer {
  // The DSFR's version stands for Marianne's, whose metrics size the boxes. Chromium's is left out
  // on purpose: Debian updates it often, and its text layout barely moves between versions.
  const toolKey = JSON.stringify({
    mermaid: mermaidVersion(),
    dsfr: DSFR_VERSION,
    pipeline: PIPELINE_VERSION,
    config: MERMAID_CONFIG,
  });
  const cache = createDiagramCache<MermaidResult>(cacheDir, toolKey);
  let opened: Promise<{ browser: Browser; page: Page }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const draw = async (source: string): Promise<MermaidResult> => {
    const cached = cache.get(source);
    if (cached) return cached;
    opened ??= openBrowser(chromium);
    const result = await drawInPage((await opened).page, source);
    cache.set(source, result);
    return result;
  };

  return {
    render(source) {
      const result = queue.then(() => draw(source));
      queue = result.catch(() => undefined);
      return result;
    },
    get browserStarted() {
      return opened !== undefined;
    },
    async close() {
      const browser = opened;
      opened = undefined;
      if (browser) await (await browser.catch(() => undefined))?.browser.close();
    },
  };
}

/** Bump when bake-svg.ts, mermaid-page.ts or the result's shape change: the cache starts anew. */
export const PIPELINE_VERSION = 1;

async function openBrowser(chromium: string): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(chromium)) throw new BrowserUnavailable(`Chromium introuvable (${chromium})`);
  try {
    return await openMermaidPage(chromium);
  } catch (cause) {
    const reason = String((cause as Error)?.message ?? cause).split("\n")[0];
    throw new BrowserUnavailable(
      (cause as { code?: string }).code === "ERR_MODULE_NOT_FOUND"
        ? "le paquet npm « playwright-core » n’est pas installé"
        : `Chromium (${chromium}) n’a pas démarré : ${reason}`,
    );
  }
}

async function drawInPage(page: Page, source: string): Promise<MermaidResult> {
  const { body, headerLines } = readMermaidHeader(source);
  // The SVG's ids (its arrow heads…) start with this one: two diagrams of a page must not share them.
  const id = `diagramme-${createHash("sha256").update(source).digest("hex").slice(0, 8)}`;
  const outcome = await page.evaluate(
    async ([id, text]) => {
      const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } })
        .mermaid;
      try {
        return { svg: (await mermaid.render(id, text)).svg };
      } catch (caught) {
        const error = caught as {
          name?: string;
          message?: string;
          hash?: { line?: number; loc?: { first_line?: number } };
          mark?: { line?: number };
        };
        // Mermaid leaves its drawing of the error in the page.
        document.getElementById(`d${id}`)?.remove();
        const line = error.hash?.loc?.first_line ?? (error.hash?.line !== undefined ? error.hash.line + 1 : undefined);
        return {
          error: String(error.message ?? caught),
          // An unknown diagram type is on the first line; some errors (an unknown shape…) have none.
          line: error.name === "UnknownDiagramError" ? 1 : line,
          yamlLine: error.mark?.line,
        };
      }
    },
    [id, body] as const,
  );
  if (typeof outcome.svg !== "string") {
    // A YAML error counts from the header's first line (after `---`); a diagram error from the line after the header.
    const line =
      outcome.yamlLine !== undefined
        ? outcome.yamlLine + 2
        : outcome.line !== undefined
          ? outcome.line + headerLines
          : undefined;
    return { error: outcome.error ?? "", ...(line !== undefined && { line }) };
  }
  const svg: string = outcome.svg;
  return { svg: await page.evaluate(bakeSvgInPage, svg) };
}

/** The browser could not be started: no diagram can be drawn, the reason says why. */
export class BrowserUnavailable extends Error {}

export interface MermaidRendererOptions {
  /** The cache's folder (`.cache/diagrams`). */
  cacheDir: string;
  /** Chromium's executable (`/usr/bin/chromium`, Debian's package `chromium`). */
  chromium: string;
}

export interface MermaidRenderer {
  /** The diagram as CSP-proof SVG, or Mermaid's error; rejects with BrowserUnavailable. */
  render(source: string): Promise<MermaidResult>;
  /** Whether a browser was started (a diagram was missing from the cache). */
  readonly browserStarted: boolean;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

/** A diagram as SVG, or Mermaid's error and its line in the fence (1-based). */
export type MermaidResult = { svg: string } | { error: string; line?: number };
