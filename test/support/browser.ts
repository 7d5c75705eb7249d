import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium (package `chromium`), the only browser the tests and CI use: no download, no network. */
export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts one headless Chromium; a test file launches one and opens a page per test. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Records what a reader would never see but a test must: console errors (CSP violations among
 * them), uncaught exceptions, and requests that failed or came back as 4xx/5xx, into `problems`
 * (give one list to several pages to gather them all).
 */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (cause) => problems.push(`exception: ${cause.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
