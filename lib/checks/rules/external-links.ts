import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Finding, uniqueFindings } from "../finding.ts";
import { type PageReference, pageReferences, placeOf, referenceFinding } from "../model/page-references.ts";
import type { SiteModel } from "../model/site-model.ts";

/**
 * Fetches each link to another site once (`npm run check -- --external`): a few at a time, each
 * with a timeout, and remembers for a day the ones that answered, so that a second run is quick
 * and polite. Another site's trouble is not ours to fix at once: warnings only.
 */
export async function checkExternalLinks(model: SiteModel, options: ExternalLinkOptions = {}): Promise<Finding[]> {
  const { timeoutMs = 10_000, concurrency = 8, maxAgeMs = 24 * 3600_000, now = Date.now() } = options;
  const referencesByUrl = new Map<string, PageReference[]>();
  for (const item of pageReferences(model)) {
    if (item.target.kind !== "external") continue;
    const url = item.target.url.replace(/^\/\//, "https://").split("#")[0]!;
    const references = referencesByUrl.get(url);
    if (references) references.push(item);
    else referencesByUrl.set(url, [item]);
  }

  const cache = options.cacheFile ? readCache(options.cacheFile) : {};
  const urls = [...referencesByUrl.keys()];
  const results = await mapConcurrently(urls, concurrency, async (url) => {
    const cached = cache[url];
    if (cached && now - cached.checkedAt < maxAgeMs) return undefined;
    const problem = await probe(url, timeoutMs);
    if (problem) delete cache[url];
    else cache[url] = { checkedAt: now };
    return problem;
  });
  if (options.cacheFile) writeCache(options.cacheFile, cache);

  // A link of the footer is on every page, and said once.
  return uniqueFindings(
    urls.flatMap((url, index) => {
      const problem = results[index];
      if (!problem) return [];
      return referencesByUrl
        .get(url)!
        .map((item) =>
          referenceFinding(
            model,
            placeOf(item),
            "warning",
            "link-external",
            `lien externe "${url}" ${problem}`,
            "ouvrez-le dans un navigateur : corrigez l’adresse, ou retirez le lien si la page a disparu",
          ),
        );
    }),
  );
}

/** What is wrong with a URL, in French, or undefined when it answers. Some servers refuse HEAD: GET is tried then. */
async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    let response = await fetch(url, { method: "HEAD", redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
    if (response.status >= 400) {
      response = await fetch(url, { method: "GET", redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
    }
    if (response.status === 404 || response.status === 410) return `introuvable (HTTP ${response.status})`;
    return response.status >= 400 ? `en erreur (HTTP ${response.status})` : undefined;
  } catch (cause) {
    const name = (cause as Error).name;
    if (name === "TimeoutError" || name === "AbortError")
      return `sans réponse après ${(timeoutMs / 1000).toLocaleString("fr-FR")} s`;
    const code = ((cause as Error).cause as { code?: string } | undefined)?.code;
    return `injoignable${code ? ` (${code})` : ""}`;
  }
}

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function readCache(file: string): ExternalLinkCache {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ExternalLinkCache;
  } catch {
    return {};
  }
}

function writeCache(file: string, cache: ExternalLinkCache): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(cache, null, 1));
}

export interface ExternalLinkOptions {
  /** Milliseconds before a site that does not answer is reported. */
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Where the URLs that answered are remembered between runs. */
  cacheFile?: string;
  /** How long an answer is trusted. */
  maxAgeMs?: number;
  now?: number;
}

/** URLs that answered, with when. */
type ExternalLinkCache = Record<string, { checkedAt: number }>;
