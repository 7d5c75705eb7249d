import { Worker } from "node:worker_threads";
import type { Finding } from "./finding.ts";

const WORKER = new URL("./checks-worker.mjs", import.meta.url);

/**
 * The dev server's checks, off its thread: Eleventy serves the rebuilt page and watches the
 * next save while a worker (`checks-worker.ts`) reads and checks the site. One check runs at a
 * time; the saves made meanwhile are checked together once it ends, the pages each rewrote
 * included. `onResult` gets each answer that is still the latest, `onSkipped` those a newer
 * request made out of date.
 */
export class BackgroundChecks {
  #worker?: Worker;
  #running?: CheckRequest;
  #queued?: CheckRequest;

  constructor(
    private readonly onResult: (request: CheckRequest, reply: CheckReply) => void,
    private readonly onSkipped: (request: CheckRequest, reply: CheckReply) => void = () => {},
  ) {}

  check(request: CheckRequest): void {
    if (!this.#running) this.#send(request);
    else this.#queued = this.#queued ? mergedRequest(this.#queued, request) : request;
  }

  #send(request: CheckRequest): void {
    this.#running = request;
    const worker = this.#workerStarted();
    // A check under way keeps the process alive to its answer; an idle worker does not.
    worker.ref();
    worker.postMessage(request);
  }

  #workerStarted(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER);
    worker.on("message", (reply: CheckReply) => this.#answered(reply));
    worker.on("error", (cause) => {
      // A worker that died is started again for the next request; this one is said as failed.
      this.#worker = undefined;
      this.#answered({ run: this.#running?.run ?? 0, failure: { message: cause.message } });
    });
    this.#worker = worker;
    return worker;
  }

  #answered(reply: CheckReply): void {
    const request = this.#running;
    this.#running = undefined;
    const next = this.#queued;
    this.#queued = undefined;
    if (request) (next ? this.onSkipped : this.onResult)(request, reply);
    if (next) this.#send(next);
    else this.#worker?.unref();
  }
}

/**
 * Two requests made while a check ran, as one: the newer one's run and findings, and the pages
 * both wrote (the newer text of a page written twice), so that none is checked from an old parse.
 */
export function mergedRequest(older: CheckRequest, newer: CheckRequest): CheckRequest {
  const written = new Map([...older.written, ...newer.written]);
  const removed = [...new Set([...older.removed, ...newer.removed])].filter((sitePath) => !written.has(sitePath));
  return { ...newer, written: [...written], removed };
}

export interface CheckRequest {
  /** The dev server's run this request checks, counted from 1. */
  run: number;
  outputDir: string;
  /** Site paths left unchecked (the search index, which the dev server does not build). */
  ignore: string[];
  /** The pages written by the run, site path and HTML: parsed again, the others are not. */
  written: [string, string][];
  /** Pages removed since the last request. */
  removed: string[];
  /** The problems the run met while rendering, said with the checks' own. */
  renderFindings: Finding[];
}

export interface CheckReply {
  run: number;
  findings?: Finding[];
  /** The site could not be read (`code` ENOENT: the dev server removed it while stopping). */
  failure?: { code?: string; message: string };
}
