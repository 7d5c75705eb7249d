// @ts-check
/**
 * Loaded by the pages that keep an old address (content/redirections.njk): sends the reader to the
 * new address with the query and fragment of the old one, where the page's meta refresh alone
 * would drop them. No inline script, so it runs under a strict CSP.
 */
import { redirectTarget } from "./redirect-target.js";

const canonical = /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel="canonical"]'));
const script = /** @type {HTMLScriptElement | null} */ (document.querySelector("script[data-params]"));
if (canonical) {
  const renamed = script?.dataset.params ? JSON.parse(script.dataset.params) : {};
  window.location.replace(redirectTarget(canonical.href, window.location.href, renamed));
}
